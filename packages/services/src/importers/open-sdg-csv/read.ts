import {
  NO_FLAGS,
  type ImportItem,
  type ImportProblem,
  type ObservationInput,
} from '@frontrunner/domain';
import { eachItem, readCsv, type HeaderContext, type RowMapper } from '../csv-format';
import { dimensionColumns, rowDisaggregation } from '../header-names';
import type { ImportSource, ReadOptions } from '../import-source';
import { unitMultiplier } from '../unit-multiplier';

/**
 * Reads an Open SDG tidy CSV (METHODS §8): `Year` first, `Value` last; `Units`, `Series`,
 * `GeoCode` and the SDMX observation attributes `OBS_STATUS`, `COMMENT_OBS`, `SOURCE_DETAIL`,
 * `NATURE`, `UNIT_MULT` where present; every other column is a disaggregation, blank = all.
 * The indicator comes from the options, else from a file name like `indicator_11-6-1.csv`.
 */
export function read(source: ImportSource, options: ReadOptions): AsyncGenerator<ImportItem> {
  return eachItem(readBatches(source, options));
}

/** {@link read}, a batch of items per chunk of the file: for consumers that count every promise. */
export function readBatches(
  source: ImportSource,
  options: ReadOptions,
): AsyncGenerator<ImportItem[]> {
  return readCsv(source, options, readOpenSdgHeader);
}

/** Special columns, by lower-cased name, and the field each fills. */
const SPECIAL: Readonly<Record<string, Special>> = {
  units: 'unit',
  unit_measure: 'unit',
  series: 'series',
  geocode: 'geoCode',
  obs_status: 'flags',
  comment_obs: 'footnote',
  source_detail: 'source',
  nature: 'nature',
  unit_mult: 'unitMult',
};
type Special =
  'unit' | 'series' | 'geoCode' | 'flags' | 'footnote' | 'source' | 'nature' | 'unitMult';

/**
 * The indicator number in an Open SDG file name.
 * @example indicatorFromFileName('data/indicator_11-6-1.csv') // '11.6.1'
 */
export function indicatorFromFileName(file: string): string | undefined {
  const match = /indicator_(\d{1,2})-([a-z0-9]{1,2})-(\d{1,2})\.csv$/i.exec(file);
  return match ? `${match[1]}.${match[2]?.toLowerCase()}.${match[3]}` : undefined;
}

/** The Open SDG header → a row mapper. */
export function readOpenSdgHeader(
  header: readonly string[],
  context: HeaderContext,
): RowMapper | ImportProblem[] {
  const { file } = context;
  const problems: ImportProblem[] = [];
  const last = header.length - 1;
  if (header[0]?.toLowerCase() !== 'year' || header[last]?.toLowerCase() !== 'value' || last < 1) {
    const expected = 'Open SDG columns: Year first, Value last, disaggregations between';
    return [
      { file, row: 1, column: header[0], text: header.join(','), expected, kind: 'bad-header' },
    ];
  }
  const special = new Map<Special, { index: number; column: string }>();
  const others: number[] = [];
  for (let i = 1; i < last; i += 1) {
    const column = header[i] as string;
    const field = SPECIAL[column.toLowerCase()];
    if (field === undefined) others.push(i);
    else if (special.has(field))
      problems.push({
        file,
        row: 1,
        column,
        text: column,
        expected: 'each column once',
        kind: 'bad-header',
      });
    else special.set(field, { index: i, column });
  }
  const dimensions = dimensionColumns(file, header, others, problems);
  const indicator = context.options.indicator ?? indicatorFromFileName(file);
  if (indicator === undefined && !special.has('series')) {
    const expected =
      'an indicator: name the file like indicator_11-6-1.csv, add a Series column, or give the indicator with the import';
    problems.push({ file, row: 0, text: file, expected, kind: 'unknown-indicator' });
  }
  if (problems.length > 0) return problems;
  const at = (row: readonly string[], field: Special): string | undefined => {
    const i = special.get(field)?.index;
    return i === undefined ? undefined : row[i];
  };
  const name = (field: Special, fallback: string): string => special.get(field)?.column ?? fallback;
  const multiplier = unitMultiplier(context, name('unitMult', 'UNIT_MULT'));
  const mapper: RowMapper = {
    columns: { series: name('series', 'Series'), unit: name('unit', 'Units') },
    map(row, cells): ObservationInput | undefined {
      const power = multiplier(cells, at(row, 'unitMult'));
      const input: ObservationInput = {
        series: cells.code(name('series', 'Series'), at(row, 'series')),
        indicator,
        unit: cells.code(name('unit', 'Units'), at(row, 'unit')),
        geoCode: cells.code(name('geoCode', 'GeoCode'), at(row, 'geoCode')),
        year: cells.year(header[0] as string, row[0]) as number,
        value: cells.value(header[last] as string, row[last], power) as number,
        disaggregation: rowDisaggregation(row, cells, dimensions, context.disaggregations),
        flags: cells.obsStatus(name('flags', 'OBS_STATUS'), at(row, 'flags')) ?? NO_FLAGS,
        footnote: cells.text(name('footnote', 'COMMENT_OBS'), at(row, 'footnote')),
        source: cells.text(name('source', 'SOURCE_DETAIL'), at(row, 'source')),
        nature: cells.nature(name('nature', 'NATURE'), at(row, 'nature')),
        location: { file, row: cells.row },
      };
      return cells.problems ? undefined : input;
    },
  };
  return mapper;
}
