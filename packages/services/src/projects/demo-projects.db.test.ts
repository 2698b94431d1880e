import { seedReferenceData } from '@frontrunner/db';
import { createTestDatabase } from '@frontrunner/db/testing';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_OPERATOR } from '../access/actor';
import { seedDemoProjects } from './demo-projects.service';
import { exportProjectIati } from './iati.service';
import { listVisibleProgressUpdates } from './progress.service';
import { listPortfolio } from './project.service';
import { getResults } from './results.service';

const SCHEMA = fileURLToPath(
  new URL('../../test-fixtures/iati-2.03/iati-activities-schema.xsd', import.meta.url),
);
const hasXmllint = spawnSync('xmllint', ['--version']).status === 0;
const dir = mkdtempSync(join(tmpdir(), 'fr-demo-iati-'));
let handle: Awaited<ReturnType<typeof createTestDatabase>>;
const clock = () => new Date('2026-02-01T00:00:00Z');
const ctx = { actor: LOCAL_OPERATOR };

beforeAll(async () => {
  handle = await createTestDatabase();
  await seedReferenceData(handle);
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await handle.destroy();
});

describe('demo model projects', () => {
  it('seeds four multi-dimensional projects in four cities, once, all marked demo', async () => {
    expect(await seedDemoProjects({ db: handle.db, clock })).toBe(true);
    expect(await seedDemoProjects({ db: handle.db, clock })).toBe(false);
    const { entries } = await listPortfolio(handle.db, ctx, {}, { limit: 50, offset: 0 });
    expect(entries).toHaveLength(4);
    expect(new Set(entries.map((e) => e.project.city.slug)).size).toBe(4);
    expect(new Set(entries.map((e) => e.project.city.country)).size).toBe(4);
    for (const { project, profile } of entries) {
      expect(project.demo).toBe(true);
      expect(project.title).toMatch(/\(demo\)$/);
      expect(project.description).toMatch(/^Demo data/);
      expect(project.themes.length).toBeGreaterThan(0);
      expect(project.fundingSources.reduce((s, f) => s + f.sharePercent, 0)).toBe(100);
      expect(project.budgetSplit.reduce((s, b) => s + b.percent, 0)).toBe(100);
      expect(new Set(project.partners.map((p) => p.role))).toContain('funding');
      expect(profile.multiDimensional, project.title).toBe(true);
    }
  });

  it('gives each a results framework whose 2025 actuals come from an approved progress update', async () => {
    const { entries } = await listPortfolio(handle.db, ctx, {}, { limit: 50, offset: 0 });
    for (const { project } of entries) {
      const updates = await listVisibleProgressUpdates(handle.db, ctx, project);
      expect(updates.map((u) => u.status)).toEqual(['approved']);
      const results = await getResults(handle.db, project.id);
      const outcome = results[0]?.children[0]?.children[0];
      expect(outcome?.level).toBe('outcome');
      const indicator = outcome?.indicators[0];
      const reported = updates[0]?.values.find((v) => v.indicatorId === indicator?.id);
      expect(reported).toBeDefined();
      const actual = indicator?.periods.find((p) => p.period === '2025')?.actual;
      expect(actual).toBe(reported?.value);
    }
  });

  it.runIf(hasXmllint)('exports each to IATI 2.03 XML that the schema validates', async () => {
    const { entries } = await listPortfolio(handle.db, ctx, {}, { limit: 50, offset: 0 });
    for (const { project } of entries) {
      const xml = await exportProjectIati(handle.db, ctx, project.id, clock);
      expect(xml).toContain('<result ');
      const file = join(dir, `${project.id}.xml`);
      writeFileSync(file, xml);
      const run = spawnSync('xmllint', ['--noout', '--schema', SCHEMA, file], {
        encoding: 'utf8',
      });
      expect(run.stderr, project.title).toMatch(/validates$/m);
    }
  });
});
