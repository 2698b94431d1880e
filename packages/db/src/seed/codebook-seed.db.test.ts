import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as series from '../observations/series.repository';
import * as codebook from '../scoring/codebook.repository';
import { createTestDatabase } from '../testing/test-database';
import { CODEBOOK_SEED_FILE, loadCodebookSeed, type SeedCodebookRow } from './codebook-seed-file';
import { seedCodebook } from './codebook-seed';
import { seedReferenceData } from './seed';
import { DEFAULT_SEED_DIR } from './sources';

let handle: Awaited<ReturnType<typeof createTestDatabase>>;
let rows: SeedCodebookRow[];
const NOW = new Date('2025-01-01T00:00:00.000Z');
const read = (file: string) =>
  parse(readFileSync(join(DEFAULT_SEED_DIR, file), 'utf8'), { columns: true }) as Record<
    string,
    string
  >[];

beforeAll(async () => {
  handle = await createTestDatabase();
  await seedReferenceData(handle);
  rows = await loadCodebookSeed();
  await series.insertSeries(handle.db, [
    {
      id: 'existing-wascol',
      code: 'EN_REF_WASCOL',
      indicator_id: null,
      local_indicator_id: null,
      name: 'Municipal Solid Waste collection coverage, by cities (%)',
      unit: 'percent',
      direction: 'higher',
      decimals: 0,
      source: 'UN SDG Global Database, 2020-10',
      created_at: NOW.toISOString(),
      updated_at: NOW.toISOString(),
    },
  ]);
});
afterAll(async () => handle.destroy());

describe('the default ASEAN city indicator set', () => {
  it('covers every goal with at least 40 indicators, each with a justification and a source', () => {
    expect(rows.length).toBeGreaterThanOrEqual(40);
    expect(new Set(rows.map((r) => r.goal))).toEqual(
      new Set(Array.from({ length: 17 }, (_, i) => i + 1)),
    );
    for (const r of rows) {
      expect(r.justification.length, r.series).toBeGreaterThan(20);
      expect(r.source.length, r.series).toBeGreaterThan(10);
    }
  });

  it('copies every SDR 2025 value it cites, and differs only where it says so', () => {
    const sdr = new Map(
      read('city-indicator-set/sdr2025-codebook-rows.csv').map((r) => [r.IndCode, r]),
    );
    const cited = read(CODEBOOK_SEED_FILE).filter((r) => r.sdr_code);
    expect(cited.length).toBeGreaterThan(0);
    for (const row of cited) {
      const source = sdr.get(row.sdr_code ?? '');
      expect(source, row.series).toBeDefined();
      expect(row.source, row.series).toContain(row.sdr_code);
      const differs = new Set((row.sdr_differs ?? '').split(';').filter(Boolean));
      for (const field of ['optimum', 'green', 'red', 'lower_bound']) {
        const ours = Number(row[field]);
        const theirs = Number(source?.[field]);
        if (differs.has(field)) expect(ours, `${row.series}.${field}`).not.toBe(theirs);
        else expect(ours, `${row.series}.${field}`).toBe(theirs);
      }
    }
  });
});

describe('seedCodebook', () => {
  it('writes version 1, creating the missing series linked to their UN indicator and reusing existing ones', async () => {
    const result = await seedCodebook(handle, { now: NOW });
    expect(result).toEqual({ entries: rows.length, seriesCreated: rows.length - 1, changed: true });
    const version = await codebook.findLatestCodebookVersion(handle.db);
    expect(version).toMatchObject({
      version: 1,
      created_by: 'system:seed',
      created_at: NOW.toISOString(),
    });
    const entries = await codebook.listCodebookEntries(handle.db, version?.id ?? '');
    expect(entries.map((e) => e.series_code)).toEqual(rows.map((r) => r.series));
    expect(entries.find((e) => e.series_code === 'EN_REF_WASCOL')?.series_id).toBe(
      'existing-wascol',
    );
    const numbers = await series.listIndicatorCodes(handle.db);
    const pm25 = await series.findSeriesByCode(handle.db, 'FR_AIR_PM25');
    expect(pm25?.indicator_id).toBe(numbers.get('11.6.2'));
    const unlinked = rows.find((r) => r.indicator === '');
    expect(
      (await series.findSeriesByCode(handle.db, unlinked?.series ?? ''))?.indicator_id,
    ).toBeNull();
  });

  it('does nothing when a codebook exists', async () => {
    expect(await seedCodebook(handle)).toEqual({ entries: 0, seriesCreated: 0, changed: false });
    expect(await codebook.listCodebookVersions(handle.db)).toHaveLength(1);
  });

  it('writes version 1 once when two servers seed at the same moment', async () => {
    const fresh = await createTestDatabase();
    try {
      await seedReferenceData(fresh);
      const results = await Promise.all([seedCodebook(fresh), seedCodebook(fresh)]);
      expect(results.filter((r) => r.changed)).toHaveLength(1);
      const [version] = await codebook.listCodebookVersions(fresh.db);
      expect(await codebook.listCodebookEntries(fresh.db, version?.id ?? '')).toHaveLength(
        rows.length,
      );
    } finally {
      await fresh.destroy();
    }
  });

  it('refuses a set that maps an indicator to a target the framework lacks, writing nothing', async () => {
    const fresh = await createTestDatabase();
    try {
      await seedReferenceData(fresh);
      const bad = rows.map((r, i) => (i === 0 ? { ...r, targets: ['11.99'] } : r));
      await expect(seedCodebook(fresh, { rows: bad })).rejects.toThrow(
        /unknown SDG targets 11\.99/,
      );
      expect(await codebook.findLatestCodebookVersion(fresh.db)).toBeUndefined();
    } finally {
      await fresh.destroy();
    }
  });
});
