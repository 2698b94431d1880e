import {
  interlinkageCatalogueRepository,
  observationsRepository,
  seedIndicatorData,
  seedInterlinkageSeries,
  seedReferenceData,
} from '@frontrunner/db';
import { createTestDatabase } from '@frontrunner/db/testing';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './support/run-cli';

let handle: Awaited<ReturnType<typeof createTestDatabase>>;
let dir: string;

beforeAll(async () => {
  handle = await createTestDatabase();
  await seedReferenceData(handle);
  await seedIndicatorData(handle);
  await seedInterlinkageSeries(handle.db);
  dir = mkdtempSync(join(tmpdir(), 'frontrunner-interlinkages-'));
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await handle.destroy();
});

/** Runs the CLI against the test database (in this process: support/run-cli.ts). */
const cli = (args: string[]) => runCli(handle, args);

/** Writes a country's approved catalogue values and the catalogue as the file mode reads them. */
async function exportFiles(iso3: string): Promise<[string, string]> {
  const catalogue = await interlinkageCatalogueRepository.listAnalysisSeries(handle.db);
  const byId = new Map(catalogue.map((s) => [s.id, s]));
  const rows = await observationsRepository.listObservationValues(handle.db, {
    view: 'public',
    areaKeys: [`country:${iso3}`],
    seriesIds: catalogue.map((s) => s.id),
  });
  const lines = rows
    .filter((r) => byId.get(r.series_id)?.disaggregation_key === r.disaggregation_key)
    .map((r) => `${iso3},${byId.get(r.series_id)?.code},${r.year},${Number(r.value)}`);
  const observations = join(dir, `${iso3}-observations.csv`);
  const series = join(dir, 'series.csv');
  writeFileSync(observations, ['unit,series,year,value', ...lines].join('\n'));
  writeFileSync(
    series,
    [
      'series,target,direction',
      ...catalogue.map((s) => `${s.code},${s.target_code},${s.direction}`),
    ].join('\n'),
  );
  return [observations, series];
}

describe('frontrunner interlinkages from the database', () => {
  it('prints for --country the very document the file mode prints for the same approved values', async () => {
    const fromDb = await cli(['interlinkages', '--country', 'khm', '--json']);
    expect(fromDb.code, fromDb.stderr).toBe(0);
    expect(fromDb.stderr).toMatch(/^Run [0-9a-f-]{36} \(spearman\)/);
    const [observations, series] = await exportFiles('KHM');
    const fromFiles = await cli([
      'interlinkages',
      '--observations',
      observations,
      '--series',
      series,
      '--json',
    ]);
    expect(fromFiles.code, fromFiles.stderr).toBe(0);
    const report = JSON.parse(fromDb.stdout) as { links: { unit: string; kind: string }[] };
    expect(report.links.length).toBeGreaterThan(0);
    expect(report.links.every((l) => l.unit === 'KHM')).toBe(true);
    expect(fromDb.stdout).toBe(fromFiles.stdout);
  });

  it('prints the pooled ASEAN network with --asean, its links labelled ASEAN', async () => {
    const res = await cli(['interlinkages', '--asean', '--json']);
    expect(res.code, res.stderr).toBe(0);
    expect(res.stderr).toMatch(/\(pooled-spearman\)/);
    const report = JSON.parse(res.stdout) as { links: { unit: string }[]; centrality: unknown[] };
    expect(new Set(report.links.map((l) => l.unit))).toEqual(new Set(['ASEAN']));
    expect(report.centrality.length).toBeGreaterThan(0);
  });

  it('says why a city has no network and prints empty lists', async () => {
    const res = await cli(['interlinkages', '--city', 'battambang', '--json']);
    expect(res.code).toBe(0);
    expect(res.stderr).toMatch(/Not enough data/);
    expect(JSON.parse(res.stdout)).toEqual({ links: [], targets: [], centrality: [] });
  });

  it('refuses mixed sources (2), a non-member (2) and an unknown city (3)', async () => {
    expect((await cli(['interlinkages', '--country', 'KHM', '--series', 'x.csv'])).code).toBe(2);
    expect((await cli(['interlinkages', '--country', 'FRA'])).code).toBe(2);
    const unknown = await cli(['interlinkages', '--city', 'atlantis']);
    expect(unknown.code).toBe(3);
    expect(unknown.stderr).toMatch(/atlantis/);
  });
});
