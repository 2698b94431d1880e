import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { webBuildIsStale } from '../src/web-build';

describe('the web build check at start', () => {
  const dist = mkdtempSync(join(tmpdir(), 'fr-dist-'));

  it('builds when there is no build', () => {
    expect(webBuildIsStale(join(dist, 'missing'))).toBe(true);
  });

  it('rebuilds a build older than the web sources, and keeps a newer one', () => {
    const index = join(dist, 'index.html');
    writeFileSync(index, '<!doctype html>');
    utimesSync(index, new Date('2000-01-01'), new Date('2000-01-01'));
    expect(webBuildIsStale(dist)).toBe(true);
    const later = new Date(Date.now() + 60_000);
    utimesSync(index, later, later);
    expect(webBuildIsStale(dist)).toBe(false);
  });
});
