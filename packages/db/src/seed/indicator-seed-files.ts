import { parseFlagLetters, type ObservationFlags } from '@frontrunner/domain';
import { parse } from 'csv-parse/sync';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { DEFAULT_SEED_DIR, SeedFileError } from './sources';

/**
 * The prepared indicator data, relative to the seed-data folder. Written by
 * `scripts/prepare-indicator-seed.ts`; sources, licences and every transformation are in
 * `seed-data/indicator-data/README.md`.
 */
export const INDICATOR_SEED_FILES = {
  series: 'indicator-data/series.csv',
  countryObservations: 'indicator-data/country-observations.csv.gz',
  cityObservations: 'indicator-data/city-observations.csv.gz',
} as const;

/** A row of `series.csv`. */
export interface SeedSeries {
  readonly code: string;
  readonly name: string;
  readonly unit: string;
  /** 2020 indicator numbers as the source writes them, e.g. `1.5.1, 11.5.1, 13.1.1`; may be empty. */
  readonly indicator: string;
  /** Decimals to show, 0–3. */
  readonly decimals: number;
  readonly direction: 'higher' | 'lower' | null;
  readonly source: string;
}

/** One value of the prepared files, for a country (`area` an ISO3 code) or a city (a slug). */
export interface SeedObservation {
  readonly area: string;
  readonly series: string;
  readonly year: number;
  /** Canonical disaggregation key, empty for the headline. */
  readonly disaggregation: string;
  readonly value: number;
  readonly flags: ObservationFlags;
  /** SDG NATURE code, or null. */
  readonly nature: string | null;
  readonly footnote: string | null;
  /** Where this value comes from, or null when it is the series' own source. */
  readonly source: string | null;
}

/** The prepared indicator data, parsed and checked. */
export interface IndicatorSeedData {
  readonly series: readonly SeedSeries[];
  readonly countryObservations: readonly SeedObservation[];
  readonly cityObservations: readonly SeedObservation[];
}

type Row = Readonly<Record<string, string>>;

function parseRows(file: string, text: string, columns: readonly string[]): Row[] {
  const rows = parse(text, { columns: true, skip_empty_lines: true }) as Row[];
  const missing = columns.filter((c) => !(c in (rows[0] ?? {})));
  if (rows.length === 0 || missing.length > 0) {
    throw new SeedFileError(file, `no rows or missing columns ${missing.join(', ')}`);
  }
  return rows;
}

function readSeries(file: string, row: Row, line: number): SeedSeries {
  const decimals = Number(row.decimals);
  const direction = row.direction ?? '';
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 3)
    throw new SeedFileError(file, `line ${line}: decimals "${row.decimals}"`);
  if (direction !== '' && direction !== 'higher' && direction !== 'lower')
    throw new SeedFileError(file, `line ${line}: direction "${direction}"`);
  return {
    code: row.code ?? '',
    name: row.name ?? '',
    unit: row.unit ?? '',
    indicator: row.indicator ?? '',
    decimals,
    direction: direction === '' ? null : direction,
    source: row.source ?? '',
  };
}

function readObservation(file: string, area: string, row: Row, line: number): SeedObservation {
  const year = Number(row.year);
  const value = Number(row.value);
  const flags = parseFlagLetters(row.flags ?? '');
  if (!Number.isInteger(year) || row.value === '' || !Number.isFinite(value) || !flags)
    throw new SeedFileError(file, `line ${line}: bad year, value or flags`);
  return {
    area,
    series: row.series ?? '',
    year,
    disaggregation: row.disaggregation ?? '',
    value,
    flags,
    nature: row.nature || null,
    footnote: row.footnote || null,
    source: row.source || null,
  };
}

const OBSERVATION_COLUMNS = [
  'series',
  'year',
  'disaggregation',
  'value',
  'nature',
  'flags',
  'footnote',
];

const read = (dir: string, file: string) => readFile(join(dir, file));
const gunzipText = (bytes: Buffer) => gunzipSync(bytes).toString('utf8');

/**
 * Reads `series.csv` of the prepared indicator data (UTF-8).
 * @param dir the seed-data folder; defaults to `packages/db/seed-data`
 * @throws SeedFileError when a column is missing or a row cannot be read
 */
export async function loadIndicatorSeries(
  dir: string = DEFAULT_SEED_DIR,
): Promise<readonly SeedSeries[]> {
  const file = INDICATOR_SEED_FILES.series;
  const text = (await read(dir, file)).toString('utf8');
  const rows = parseRows(file, text, ['code', 'name', 'unit', 'indicator', 'decimals', 'source']);
  return rows.map((row, i) => readSeries(file, row, i + 2));
}

/**
 * Reads the two gzipped observation files of the prepared indicator data.
 * @param dir the seed-data folder; defaults to `packages/db/seed-data`
 * @throws SeedFileError when a column is missing or a row cannot be read
 */
export async function loadIndicatorObservations(
  dir: string = DEFAULT_SEED_DIR,
): Promise<Omit<IndicatorSeedData, 'series'>> {
  const { countryObservations: co, cityObservations: ci } = INDICATOR_SEED_FILES;
  const [countryGz, cityGz] = await Promise.all([read(dir, co), read(dir, ci)]);
  const country = parseRows(co, gunzipText(countryGz), ['iso3', ...OBSERVATION_COLUMNS]);
  const city = parseRows(ci, gunzipText(cityGz), ['city', ...OBSERVATION_COLUMNS, 'source']);
  return {
    countryObservations: country.map((row, i) => readObservation(co, row.iso3 ?? '', row, i + 2)),
    cityObservations: city.map((row, i) => readObservation(ci, row.city ?? '', row, i + 2)),
  };
}

/** Reads all of the prepared indicator data: {@link loadIndicatorSeries} and {@link loadIndicatorObservations}. */
export async function loadIndicatorSeedData(
  dir: string = DEFAULT_SEED_DIR,
): Promise<IndicatorSeedData> {
  const [series, values] = await Promise.all([
    loadIndicatorSeries(dir),
    loadIndicatorObservations(dir),
  ]);
  return { series, ...values };
}
