import { parse } from 'csv-parse/sync';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DEFAULT_SEED_DIR, SeedFileError } from './sources';

/** The default ASEAN city indicator set, relative to the seed-data folder (see its README). */
export const CODEBOOK_SEED_FILE = 'city-indicator-set/codebook.csv';

/** One indicator of the default city indicator set: its series and its codebook entry. */
export interface SeedCodebookRow {
  /** Series code: an existing one (`EN_REF_WASCOL`) or ours (`FR_…`). */
  readonly series: string;
  readonly name: string;
  readonly unit: string;
  readonly direction: 'higher' | 'lower';
  /** SDG it is scored under, 1–17. */
  readonly goal: number;
  /** SDG target codes it maps to. */
  readonly targets: readonly string[];
  /** The UN indicator number it measures, when one fits (e.g. `11.6.2`); else empty. */
  readonly indicator: string;
  readonly decimals: number;
  readonly optimum: number;
  readonly green: number;
  readonly red: number;
  readonly lowerBound: number;
  /** First year of the trend window, or null for 2015. */
  readonly trendFrom: number | null;
  readonly justification: string;
  readonly source: string;
}

const COLUMNS = [
  'series',
  'name',
  'unit',
  'direction',
  'goal',
  'targets',
  'indicator',
  'decimals',
  'optimum',
  'green',
  'red',
  'lower_bound',
  'trend_from',
  'justification',
  'source',
] as const;

type Row = Readonly<Record<string, string>>;

function number(row: Row, column: string, line: number): number {
  const text = row[column]?.trim() ?? '';
  const n = Number(text);
  if (text === '' || !Number.isFinite(n))
    throw new SeedFileError(CODEBOOK_SEED_FILE, `line ${line}: ${column} "${text}"`);
  return n;
}

function readRow(row: Row, line: number): SeedCodebookRow {
  const direction = row.direction ?? '';
  if (direction !== 'higher' && direction !== 'lower')
    throw new SeedFileError(CODEBOOK_SEED_FILE, `line ${line}: direction "${direction}"`);
  const text = (column: string) => {
    const value = row[column]?.trim() ?? '';
    if (value === '') throw new SeedFileError(CODEBOOK_SEED_FILE, `line ${line}: empty ${column}`);
    return value;
  };
  return {
    series: text('series'),
    name: text('name'),
    unit: text('unit'),
    direction,
    goal: number(row, 'goal', line),
    targets: text('targets')
      .split(';')
      .map((t) => t.trim()),
    indicator: row.indicator?.trim() ?? '',
    decimals: number(row, 'decimals', line),
    optimum: number(row, 'optimum', line),
    green: number(row, 'green', line),
    red: number(row, 'red', line),
    lowerBound: number(row, 'lower_bound', line),
    trendFrom: row.trend_from?.trim() ? number(row, 'trend_from', line) : null,
    justification: text('justification'),
    source: text('source'),
  };
}

/** Parses the codebook CSV text; throws a {@link SeedFileError} naming the line of a bad cell. */
export function parseCodebookSeed(text: string): SeedCodebookRow[] {
  const rows = parse(text, { columns: true, skip_empty_lines: true, bom: true }) as Row[];
  const missing = COLUMNS.filter((c) => !(c in (rows[0] ?? {})));
  if (rows.length === 0 || missing.length > 0)
    throw new SeedFileError(CODEBOOK_SEED_FILE, `no rows or missing columns ${missing.join(', ')}`);
  return rows.map((row, i) => readRow(row, i + 2));
}

/** Reads the default city indicator set from the seed-data folder. */
export async function loadCodebookSeed(dir: string = DEFAULT_SEED_DIR): Promise<SeedCodebookRow[]> {
  return parseCodebookSeed(await readFile(join(dir, CODEBOOK_SEED_FILE), 'utf8'));
}
