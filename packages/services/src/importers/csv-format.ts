import type { ImportItem, ImportNote, ImportProblem, ObservationInput } from '@frontrunner/domain';
import { RowCells, type CellRules } from './cells';
import { csvRecords, type CsvLayout } from './csv-records';
import type { CsvRecord } from './csv-tokenizer';
import { DisaggregationCache } from './disaggregation-cache';
import { FileChecks } from './file-checks';
import type { ImportSource, ReadOptions } from './import-source';

/** How one format reads its data rows, decided from the header. */
export interface RowMapper {
  /** Column names to put on file-level problems (duplicates, unit mismatches). */
  readonly columns: { readonly series: string; readonly unit: string };
  /** An observation from one row's trimmed cells, or undefined with problems left in `cells`. */
  map(row: readonly string[], cells: RowCells): ObservationInput | undefined;
}

/** What a format needs to read its header. */
export interface HeaderContext {
  readonly file: string;
  readonly options: ReadOptions;
  readonly note: (note: ImportNote) => void;
  /** Shares parsed disaggregations between rows. */
  readonly disaggregations: DisaggregationCache;
}

/** Reads a header row into a {@link RowMapper}, or says what is wrong with it (`bad-header`). */
export type HeaderReader = (
  header: readonly string[],
  context: HeaderContext,
) => RowMapper | ImportProblem[];

/** Default longest footnote or source. */
export const DEFAULT_MAX_TEXT_LENGTH = 2000;

/** Reads a CSV file of any of our formats: records, then the format's header and rows. */
export function readCsv(
  source: ImportSource,
  options: ReadOptions,
  readHeader: HeaderReader,
): AsyncGenerator<ImportItem[]> {
  const layout: CsvLayout = { separator: ',' };
  const note = options.onNote ?? (() => undefined);
  return readRecords(source, options, {
    records: csvRecords(source, layout, note),
    layout,
    readHeader,
  });
}

/** The items of batches one by one: the shape every `read` has. */
export async function* eachItem(batches: AsyncIterable<ImportItem[]>): AsyncGenerator<ImportItem> {
  for await (const batch of batches) yield* batch;
}

/**
 * The common part of every reader: the first record is the header, every other one a data row;
 * each row is checked for its shape, mapped, then checked against the rows before it. Yields one
 * batch of items per batch of records (a chunk of the file), which saves a promise per row.
 */
export async function* readRecords(
  source: ImportSource,
  options: ReadOptions,
  input: {
    records: AsyncIterable<CsvRecord[] | ImportProblem>;
    layout?: CsvLayout;
    readHeader: HeaderReader;
  },
): AsyncGenerator<ImportItem[]> {
  const file = source.file;
  const note = options.onNote ?? (() => undefined);
  const rules = cellRules(file, options, note, input.layout);
  const disaggregations = new DisaggregationCache();
  const checks = new FileChecks(file, options.checkDuplicates ?? true, disaggregations);
  let header: readonly string[] | undefined;
  let mapper: RowMapper | undefined;
  const fail = (problem: ImportProblem): ImportItem => ({ ok: false, problem });
  for await (const batch of input.records) {
    if (!Array.isArray(batch)) {
      yield [fail(batch)];
      return;
    }
    const items: ImportItem[] = [];
    for (const record of batch) {
      if (mapper === undefined || header === undefined) {
        header = record.cells;
        const read = input.readHeader(header, { file, options, note, disaggregations });
        if (Array.isArray(read)) {
          yield [...items, ...read.map(fail)];
          return;
        }
        mapper = read;
        continue;
      }
      const cells = new RowCells(rules, record.row);
      checkShape(record, header, cells);
      const observation = cells.problems ? undefined : mapper.map(record.cells, cells);
      if (cells.problems !== undefined || observation === undefined) {
        for (const problem of cells.problems ?? []) items.push(fail(problem));
        continue;
      }
      const problems = checks.check(observation, mapper.columns);
      if (problems === undefined) items.push({ ok: true, input: observation });
      else for (const problem of problems) items.push(fail(problem));
    }
    if (items.length > 0) yield items;
  }
  if (header === undefined) {
    const expected = 'a header row and data rows: the file is empty';
    yield [fail({ file, row: 0, expected, kind: 'bad-header' })];
  }
}

/** The cell rules of one file; decimal commas once the separator is known not to be a comma. */
function cellRules(
  file: string,
  options: ReadOptions,
  note: (note: ImportNote) => void,
  layout: CsvLayout | undefined,
): CellRules {
  let noted = false;
  return {
    file,
    years: options.years,
    maxTextLength: options.maxTextLength ?? DEFAULT_MAX_TEXT_LENGTH,
    get decimalComma() {
      return layout !== undefined && layout.separator !== ',';
    },
    onDecimalComma: (row, column, text) => {
      if (noted) return;
      noted = true;
      const message = 'Read decimal commas (12,5 = 12.5) in this file.';
      note({ file, row, column, text, message, kind: 'decimal-comma' });
    },
  };
}

/** A row must have as many cells as the header; empty extra cells (`a,b,,`) are fine. */
function checkShape(record: CsvRecord, header: readonly string[], cells: RowCells): void {
  const n = record.cells.length;
  if (n < header.length) {
    const column = header[n];
    if (record.unterminated) {
      cells.problem(
        'truncated',
        column,
        record.cells.at(-1),
        `${header.length} cells as in the header, found ${n}: the file seems cut off`,
      );
    } else {
      cells.problem('bad-row', column, '', `${header.length} cells as in the header, found ${n}`);
    }
  } else if (n > header.length) {
    const extra = record.cells.slice(header.length).filter((c) => c !== '');
    if (extra.length > 0) {
      cells.problem(
        'bad-row',
        `column ${header.length + 1}`,
        extra[0],
        `${header.length} cells as in the header, found ${n}: is a text with the separator not quoted?`,
      );
    }
  }
}
