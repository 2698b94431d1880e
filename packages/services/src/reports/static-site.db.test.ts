import type { DatabaseHandle } from '@frontrunner/db';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../clock';
import { formatReportValue } from './html/blocks';
import { checkSiteLinks } from './link-check';
import { buildReportFixture, FIXTURE_SERIES, FIXTURE_VALUES } from './reports.fixtures';
import { NO_SCORES } from './scores-port';
import { exportSite } from './static-site';

let handle: DatabaseHandle;
let dir: string;
let written: string[];
beforeAll(async () => {
  handle = await buildReportFixture();
  dir = await mkdtemp(join(tmpdir(), 'frontrunner-site-'));
  written = await exportSite(handle.db, dir, {
    scores: NO_SCORES,
    clock: manualClock(new Date('2025-06-01T00:00:00Z')),
  });
}, 300_000);
afterAll(async () => {
  await handle.destroy();
  await rm(dir, { recursive: true, force: true });
});

describe('the static site export', () => {
  it('writes home, every goal, ASEAN, the countries and each city with its data downloads', () => {
    for (const path of [
      'index.html',
      'asean.html',
      'countries/KHM.html',
      'goals/1.html',
      'goals/17.html',
      'cities/battambang/index.html',
      'data/cities/battambang.csv',
      'data/cities/battambang.json',
      'data/all-public.zip',
    ])
      expect(written).toContain(path);
  });

  it('has no link that leads nowhere', async () => {
    const { checked, broken } = await checkSiteLinks(dir);
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(written.filter((p) => p.endsWith('.html')).length);
  });

  it('shows a city’s approved values on its page and in its CSV', async () => {
    const page = await readFile(join(dir, 'cities/battambang/index.html'), 'utf8');
    const csv = await readFile(join(dir, 'data/cities/battambang.csv'), 'utf8');
    for (const v of FIXTURE_VALUES.filter((f) => f.approve)) {
      expect(page).toContain(formatReportValue(v.value, 2));
      expect(csv).toMatch(new RegExp(`${FIXTURE_SERIES}.*${v.year}.*${v.value}`));
    }
    expect(csv).not.toContain('99.5');
  });
});

describe('the link checker', () => {
  it('reports a missing page and a missing anchor', async () => {
    const site = await mkdtemp(join(tmpdir(), 'frontrunner-links-'));
    try {
      await writeFile(
        join(site, 'index.html'),
        '<a href="nowhere.html">x</a><a href="other.html#gone">y</a><a href="other.html#here">z</a><a href="https://example.org/">w</a>',
      );
      await writeFile(join(site, 'other.html'), '<p id="here">here</p>');
      const { checked, broken } = await checkSiteLinks(site);
      expect(checked).toBe(3);
      expect(broken).toEqual([
        { page: 'index.html', href: 'nowhere.html', reason: 'missing file' },
        { page: 'index.html', href: 'other.html#gone', reason: 'missing anchor' },
      ]);
    } finally {
      await rm(site, { recursive: true, force: true });
    }
  });
});
