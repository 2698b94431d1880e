import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedIndicatorData } from '../seed/indicator-seed';
import {
  INTERLINKAGE_SERIES_FILE,
  loadSeriesDirections,
  seedInterlinkageSeries,
  type SeriesDirectionRow,
} from '../seed/interlinkage-seed';
import { seedReferenceData } from '../seed/seed';
import { SeedFileError } from '../seed/sources';
import { createTestDatabase } from '../testing/test-database';
import * as catalogue from './interlinkage-catalogue.repository';
import * as runs from './interlinkage-runs.repository';

let handle: Awaited<ReturnType<typeof createTestDatabase>>;
let rows: SeriesDirectionRow[];
beforeAll(async () => {
  handle = await createTestDatabase();
  await seedReferenceData(handle);
  await seedIndicatorData(handle);
  rows = await loadSeriesDirections();
});
afterAll(async () => handle.destroy());

describe('the interlinkage catalogue', () => {
  it('seeds every curated direction once, and nothing on a second run', async () => {
    const first = await seedInterlinkageSeries(handle.db);
    expect(first).toEqual({ rows: rows.length, inserted: rows.length, unknownSeries: 0 });
    expect((await seedInterlinkageSeries(handle.db)).inserted).toBe(0);
  });

  it('names for every series a disaggregation that the shipped data holds', async () => {
    const analysable = await catalogue.listAnalysisSeries(handle.db);
    const curated = analysable.filter((s) => rows.some((r) => r.series === s.code));
    expect(curated).toHaveLength(rows.length);
    for (const s of curated) {
      const one = await handle.db
        .selectFrom('observation')
        .select('id')
        .where('series_id', '=', s.id)
        .where('disaggregation_key', '=', s.disaggregation_key)
        .executeTakeFirst();
      expect(one, `${s.code} [${s.disaggregation_key}]`).toBeDefined();
    }
  });

  it('maps a repeated indicator under its first listing only, and reads series.direction otherwise', async () => {
    const analysable = new Map(
      (await catalogue.listAnalysisSeries(handle.db)).map((s) => [s.code, s]),
    );
    const firstListing = await handle.db
      .selectFrom('series as s')
      .innerJoin('indicator as i', 'i.id', 's.indicator_id')
      .innerJoin('indicator_target as it', 'it.code', 'i.code')
      .select(['it.target_code'])
      .where('s.code', '=', 'VC_DSR_MTMP')
      .executeTakeFirstOrThrow();
    expect(analysable.get('VC_DSR_MTMP')?.target_code).toBe(firstListing.target_code);
    expect(analysable.get('EN_REF_WASCOL')).toMatchObject({
      direction: 'higher',
      disaggregation_key: '',
      target_code: '11.6',
    });
    expect(analysable.has('DC_TOF_WASHL')).toBe(false);
  });

  it('refuses a file with a bad direction, key or a missing reason', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'frontrunner-directions-'));
    mkdirSync(join(dir, 'interlinkages'));
    try {
      for (const line of ['S1,up,,"r"', 'S1,higher,sex=female;age=15,"r"', 'S1,lower,,""']) {
        writeFileSync(
          join(dir, INTERLINKAGE_SERIES_FILE),
          `series,direction,disaggregation,reason\n${line}\n`,
        );
        await expect(loadSeriesDirections(dir), line).rejects.toThrow(SeedFileError);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('stored runs', () => {
  const run = (id: string, fingerprint: string): runs.RunRows => ({
    run: {
      id,
      scope: 'country:KHM',
      computed_at: '2030-01-01T00:00:00.000Z',
      fingerprint,
      min_years: 5,
      threshold: 0.6,
      method: 'spearman',
      series_count: 2,
      observation_count: 12,
      series_pairs: 1,
      series_synergies: 1,
      series_trade_offs: 0,
      target_pairs: 1,
      target_synergies: 1,
      target_trade_offs: 0,
    },
    seriesLinks: [
      {
        series_a: 'A',
        series_b: 'B',
        target_a: '6.1',
        target_b: '3.1',
        rho: 0.7,
        n: 6,
        units: null,
        kind: 'synergy',
      },
    ],
    targetLinks: [{ target_a: '3.1', target_b: '6.1', rho: 0.7, pairs: 1, kind: 'synergy' }],
    centrality: [{ target_code: '3.1', degree: 1, strength: 0.7, eigenvector: 1 }],
  });

  it('stores a run once per scope and inputs, and a newer run replaces the older', async () => {
    expect(await runs.insertRun(handle.db, run('r1', 'f1'))).toBe(true);
    expect(await runs.insertRun(handle.db, run('r2', 'f1'))).toBe(false);
    expect(await runs.listSeriesLinks(handle.db, 'r1', { targets: ['3.1', '6.1'] })).toHaveLength(
      1,
    );
    expect(await runs.listSeriesLinks(handle.db, 'r1', { series: ['B', 'A'] })).toHaveLength(1);
    expect(await runs.insertRun(handle.db, run('r3', 'f2'))).toBe(true);
    expect(
      await runs.deleteOtherRuns(handle.db, {
        scope: 'country:KHM',
        minYears: 5,
        threshold: 0.6,
        keepId: 'r3',
      }),
    ).toBe(1);
    expect((await runs.listRuns(handle.db, 'country:KHM')).map((r) => r.id)).toEqual(['r3']);
    expect(await runs.listSeriesLinks(handle.db, 'r1')).toEqual([]);
  });

  it('tallies approvals: count and version sum grow when a value is approved again', async () => {
    const ids = (await catalogue.listAnalysisSeries(handle.db)).map((s) => s.id);
    const [before] = await catalogue.tallyApprovals(handle.db, ['country:KHM'], ids);
    const slot = await handle.db
      .selectFrom('observation')
      .select(['id', 'approved_version'])
      .where('area_key', '=', 'country:KHM')
      .where('series_id', 'in', ids)
      .executeTakeFirstOrThrow();
    await handle.db
      .updateTable('observation')
      .set({ approved_version: Number(slot.approved_version) + 1 })
      .where('id', '=', slot.id)
      .execute();
    const [after] = await catalogue.tallyApprovals(handle.db, ['country:KHM'], ids);
    expect(after).toEqual({ ...before, versions: (before?.versions ?? 0) + 1 });
  });
});
