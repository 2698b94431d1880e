/**
 * A deterministic file of observations in the project's CSV format, written by our own exporter
 * (without a byte-order mark, which `sqlite3 .import` would keep in the first column name).
 */
import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import {
  flagsOf,
  NO_FLAGS,
  type Disaggregation,
  type ObservationRecord,
} from '@frontrunner/domain';
import { write } from '../../packages/services/src/exporters/frontrunner-csv/write';

/** The shape of the data: row i is series i % 200, year (i / 200) % 25, 4 disaggregations, 5,000 a city. */
export const SHAPE = { series: 200, years: 25, disaggregations: 4, rowsPerCity: 20_000 } as const;

const DISAGGREGATIONS: readonly Disaggregation[] = [
  {},
  { sex: 'F' },
  { sex: 'M' },
  { sex: 'F', age: 'Y15T24' },
];

/** Observation `i`: every (series, city, year, disaggregation) once. */
export function record(i: number): ObservationRecord {
  const s = i % SHAPE.series;
  return {
    indicator: `${1 + (s % 17)}.${1 + (s % 5)}.1`,
    series: `SR_${String(s).padStart(3, '0')}`,
    geoCode: `city-${Math.floor(i / SHAPE.rowsPerCity)}`,
    unit: s % 2 === 0 ? 'PERCENT' : 'NUMBER',
    year: 2000 + (Math.floor(i / SHAPE.series) % SHAPE.years),
    value: ((i * 7919) % 100_000) / 1000,
    disaggregation: DISAGGREGATIONS[Math.floor(i / 5000) % 4] ?? {},
    flags: i % 7 === 0 ? flagsOf(true, false, false) : NO_FLAGS,
    footnote: i % 11 === 0 ? 'Survey, 2021 "round 2"' : undefined,
    source: 'City statistics office',
    nature: 'C',
  };
}

function* records(rows: number): Generator<ObservationRecord> {
  for (let i = 0; i < rows; i += 1) yield record(i);
}

/** Writes `rows` observations to `path`. */
export async function generate(path: string, rows: number): Promise<void> {
  await pipeline(Readable.from(write(records(rows), { bom: false })), createWriteStream(path));
}
