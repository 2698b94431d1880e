import { parseDisaggregationKey, disaggregationKey } from '@frontrunner/domain';
import { parse } from 'csv-parse/sync';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Executor } from '../connection/connect';
import { insertCatalogueIfAbsent } from '../interlinkages/interlinkage-catalogue.repository';
import { listSeriesKeys } from '../observations/series.repository';
import { DEFAULT_SEED_DIR, SeedFileError } from './sources';

/** The curated directions, relative to the seed-data folder (see the README beside it). */
export const INTERLINKAGE_SERIES_FILE = 'interlinkages/series-direction.csv';

/** One row of `series-direction.csv`. */
export interface SeriesDirectionRow {
  readonly series: string;
  readonly direction: 'higher' | 'lower';
  /** Canonical disaggregation key the analysis reads; '' for the headline. */
  readonly disaggregation: string;
  readonly reason: string;
}

/**
 * Reads and checks the curated series directions: a direction of `higher` or `lower`, a
 * canonical disaggregation key, a reason, and each series once.
 * @throws SeedFileError naming the first bad line.
 */
export async function loadSeriesDirections(
  dir: string = DEFAULT_SEED_DIR,
): Promise<SeriesDirectionRow[]> {
  const file = INTERLINKAGE_SERIES_FILE;
  const rows = parse(await readFile(join(dir, file)), { columns: true }) as Record<
    string,
    string
  >[];
  const seen = new Set<string>();
  return rows.map((row, i) => {
    const line = i + 2;
    const { series = '', direction = '', disaggregation = '', reason = '' } = row;
    if (!series || seen.has(series))
      throw new SeedFileError(file, `line ${line}: series "${series}"`);
    seen.add(series);
    if (direction !== 'higher' && direction !== 'lower')
      throw new SeedFileError(file, `line ${line}: direction "${direction}"`);
    if (disaggregationKey(parseDisaggregationKey(disaggregation)) !== disaggregation)
      throw new SeedFileError(file, `line ${line}: "${disaggregation}" is not a canonical key`);
    if (!reason.trim()) throw new SeedFileError(file, `line ${line}: no reason`);
    return { series, direction, disaggregation, reason: reason.trim() };
  });
}

/** What {@link seedInterlinkageSeries} wrote. */
export interface InterlinkageSeedResult {
  /** Rows in the file. */
  readonly rows: number;
  /** Rows added now (0 when they were there). */
  readonly inserted: number;
  /** Rows whose series is not in the database (left out). */
  readonly unknownSeries: number;
}

/**
 * Seeds the interlinkage catalogue from the curated file: for each series there, which way is
 * better and which disaggregation the analysis reads. Idempotent: a row that exists (perhaps
 * edited since) is left alone. Needs the series seeded first; rows of absent series are skipped.
 */
export async function seedInterlinkageSeries(
  db: Executor,
  options: { rows?: readonly SeriesDirectionRow[]; now?: Date } = {},
): Promise<InterlinkageSeedResult> {
  const rows = options.rows ?? (await loadSeriesDirections());
  const ids = new Map((await listSeriesKeys(db)).map((s) => [s.code, s.id] as const));
  const now = (options.now ?? new Date()).toISOString();
  const known = rows.filter((r) => ids.has(r.series));
  const inserted = await insertCatalogueIfAbsent(
    db,
    known.map((r) => ({
      series_id: ids.get(r.series) as string,
      direction: r.direction,
      disaggregation_key: r.disaggregation,
      reason: r.reason,
      updated_at: now,
    })),
  );
  return { rows: rows.length, inserted, unknownSeries: rows.length - known.length };
}
