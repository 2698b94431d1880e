import { flagLetters, type ObservationRecord } from '@frontrunner/domain';
import {
  csvFile,
  csvLine,
  numberCell,
  textCell,
  type CsvWriteOptions,
  type RecordSource,
} from '../csv-writing';

/** Options of the Open SDG writer. */
export interface OpenSdgWriteOptions extends CsvWriteOptions {
  /**
   * The disaggregation keys the records use, one column each, in this order. A streamed file
   * needs its header first; the caller knows the keys (a query, or {@link dimensionsOf}). A record
   * with another key is a programming error and throws.
   */
  readonly dimensions: readonly string[];
}

/** The columns after the disaggregations: observation attributes, then Open SDG's own. */
const TRAILING = [
  'OBS_STATUS',
  'COMMENT_OBS',
  'SOURCE_DETAIL',
  'NATURE',
  'Units',
  'Series',
  'GeoCode',
  'Value',
];

/**
 * Writes an Open SDG tidy CSV: `Year`, one column per disaggregation (blank = all), the
 * attributes `OBS_STATUS` (flag letters, `EP` when several), `COMMENT_OBS`, `SOURCE_DETAIL`,
 * `NATURE` — list them in the site's `observation_attributes` — then `Units`, `Series`,
 * `GeoCode`, `Value`. Name the file with {@link openSdgFileName}.
 */
export function write(
  records: RecordSource,
  options: OpenSdgWriteOptions,
): AsyncGenerator<Uint8Array> {
  const dimensions = options.dimensions;
  const known = new Set(dimensions);
  return csvFile(
    ['Year', ...dimensions, ...TRAILING],
    records,
    (record) => {
      for (const key in record.disaggregation) {
        if (!known.has(key))
          throw new Error(`Open SDG export: dimension "${key}" is not in the header`);
      }
      const d = record.disaggregation;
      return csvLine([
        String(record.year),
        ...dimensions.map((key) => textCell(d[key])),
        flagLetters(record.flags),
        textCell(record.footnote),
        textCell(record.source),
        record.nature ?? '',
        textCell(record.unit),
        textCell(record.series),
        textCell(record.geoCode),
        numberCell(record.value),
      ]);
    },
    options,
  );
}

/**
 * The Open SDG name of an indicator's data file.
 * @example openSdgFileName('11.6.1') // 'indicator_11-6-1.csv'
 */
export function openSdgFileName(indicator: string): string {
  return `indicator_${indicator.replaceAll('.', '-')}.csv`;
}

/** The disaggregation keys of some records, sorted: for exports small enough to hold in memory. */
export function dimensionsOf(records: Iterable<ObservationRecord>): string[] {
  const keys = new Set<string>();
  for (const record of records) for (const key in record.disaggregation) keys.add(key);
  return [...keys].sort();
}
