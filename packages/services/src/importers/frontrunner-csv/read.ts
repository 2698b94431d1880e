import {
  dimensionKey,
  NO_FLAGS,
  unescapeFormula,
  type Disaggregation,
  type ImportItem,
  type ImportProblem,
  type ObservationInput,
} from '@frontrunner/domain';
import type { RowCells } from '../cells';
import { eachItem, readCsv, type HeaderContext, type RowMapper } from '../csv-format';
import type { ImportSource, ReadOptions } from '../import-source';
import { FRONTRUNNER_COLUMNS, type FrontrunnerColumn } from './columns';

/**
 * Reads the project's CSV template (README.md in this folder): one observation a row, columns
 * in any order and case.
 */
export function read(source: ImportSource, options: ReadOptions): AsyncGenerator<ImportItem> {
  return eachItem(readBatches(source, options));
}

/** {@link read}, a batch of items per chunk of the file: for consumers that count every promise. */
export function readBatches(
  source: ImportSource,
  options: ReadOptions,
): AsyncGenerator<ImportItem[]> {
  return readCsv(source, options, readFrontrunnerHeader);
}

/** The template's header → a row mapper; unknown, repeated or missing columns are `bad-header`. */
export function readFrontrunnerHeader(
  header: readonly string[],
  context: HeaderContext,
): RowMapper | ImportProblem[] {
  const problems: ImportProblem[] = [];
  const at = new Map<FrontrunnerColumn, number>();
  const bad = (text: string | undefined, expected: string): void => {
    problems.push({ file: context.file, row: 1, column: text, text, expected, kind: 'bad-header' });
  };
  header.forEach((cell, i) => {
    const name = cell.toLowerCase() as FrontrunnerColumn;
    if (!FRONTRUNNER_COLUMNS.includes(name))
      bad(cell, `one of the template's columns: ${FRONTRUNNER_COLUMNS.join(', ')}`);
    else if (at.has(name)) bad(cell, 'each column once');
    else at.set(name, i);
  });
  for (const required of ['year', 'value'] as const) {
    if (!at.has(required)) bad(undefined, `a column named ${required}`);
  }
  if (!at.has('series') && !at.has('indicator') && context.options.indicator === undefined) {
    bad(undefined, 'a column named series or indicator (or an indicator given with the import)');
  }
  if (problems.length > 0) return problems;
  const index = Object.fromEntries(
    FRONTRUNNER_COLUMNS.map((name) => [name, at.get(name) ?? -1]),
  ) as Record<FrontrunnerColumn, number>;
  /** A row's cell by column name; undefined for a column the file does not have. */
  const cell = (row: readonly string[], name: FrontrunnerColumn): string | undefined =>
    row[index[name]];
  const fallback = context.options.indicator;
  const disaggregationOf = (cells: RowCells, text: string | undefined): Disaggregation =>
    context.disaggregations.get(text ?? '', () =>
      parseDisaggregation(
        cells,
        'disaggregation',
        text === undefined ? text : unescapeFormula(text),
      ),
    ) ?? {};
  const mapper: RowMapper = {
    columns: { series: 'series', unit: 'unit' },
    map(row, cells): ObservationInput | undefined {
      const indicator = mergeIndicator(
        cells,
        cells.indicator('indicator', cell(row, 'indicator')),
        fallback,
      );
      const series = cells.code('series', cell(row, 'series'));
      if (series === undefined && indicator === undefined && !cells.problems) {
        cells.problem('missing-value', 'series', '', 'a series code or an indicator number');
      }
      const input: ObservationInput = {
        series,
        indicator,
        unit: cells.code('unit', cell(row, 'unit')),
        geoCode: cells.code('geo_code', cell(row, 'geo_code')),
        year: cells.year('year', cell(row, 'year')) as number,
        value: cells.value('value', cell(row, 'value')) as number,
        disaggregation: disaggregationOf(cells, cell(row, 'disaggregation')),
        flags: cells.flags('flags', cell(row, 'flags')) ?? NO_FLAGS,
        footnote: cells.text('footnote', cell(row, 'footnote')),
        source: cells.text('source', cell(row, 'source')),
        nature: cells.nature('nature', cell(row, 'nature')),
        location: { file: context.file, row: cells.row },
      };
      return cells.problems ? undefined : input;
    },
  };
  return mapper;
}

/** The row's indicator, else the one given with the import; both and different is a problem. */
function mergeIndicator(
  cells: RowCells,
  own: string | undefined,
  given: string | undefined,
): string | undefined {
  if (own !== undefined && given !== undefined && own !== given) {
    cells.problem(
      'unknown-indicator',
      'indicator',
      own,
      `${given}, the indicator given with the import`,
    );
  }
  return own ?? given;
}

/**
 * `sex=female;age=15-24` → `{ sex: 'female', age: '15-24' }`. Keys are normalised like column
 * names (`Age group` → `age_group`); `_T` values mean "all" and are dropped.
 */
export function parseDisaggregation(
  cells: RowCells,
  column: string,
  text: string | undefined,
): Disaggregation | undefined {
  if (text === undefined || text === '') return {};
  const out: Record<string, string> = {};
  for (const part of text.split(';')) {
    if (part.trim() === '') continue;
    const eq = part.indexOf('=');
    const key = eq > 0 ? dimensionKey(part.slice(0, eq)) : '';
    if (key === '' || key === '__proto__' || Object.hasOwn(out, key)) {
      const expected =
        key === ''
          ? 'dimension=value pairs joined by ";", e.g. sex=female;age=15-24'
          : `${key} once`;
      cells.problem('bad-code', column, text, expected);
      return undefined;
    }
    const value = cells.dimension(column, part.slice(eq + 1).trim());
    if (value !== undefined) out[key] = value;
  }
  return cells.problems ? undefined : out;
}
