import { ValidationError, type FieldProblem } from '@frontrunner/domain';
import { parse } from 'csv-parse';
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';

/** One record of a CSV file with its physical row number (the header is row 1). */
export interface CsvRecord {
  readonly row: number;
  readonly values: Readonly<Record<string, string>>;
}

/**
 * Streams the records of a UTF-8 CSV file (BOM stripped, `,` separated, blank lines skipped),
 * after checking that the header has every required column. Rows are numbered as a
 * spreadsheet shows them.
 * @throws ValidationError naming the file and the missing columns
 */
export async function* readCsvRecords(
  path: string,
  required: readonly string[],
): AsyncGenerator<CsvRecord> {
  const file = basename(path);
  const parser = createReadStream(path).pipe(
    parse({
      bom: true,
      columns: true,
      info: true,
      skip_empty_lines: true,
      trim: true,
      relax_column_count: false,
    }),
  );
  let checked = false;
  try {
    for await (const { record: values, info } of parser as AsyncIterable<{
      record: Record<string, string>;
      info: { lines: number };
    }>) {
      if (!checked) {
        const missing = required.filter((c) => !(c in values));
        if (missing.length > 0) {
          throw new ValidationError(
            `${file}: the header lacks ${missing.join(', ')}`,
            missing.map((c) => ({ field: `${file}:1:${c}`, message: `column "${c}" is required` })),
          );
        }
        checked = true;
      }
      yield { row: info.lines, values };
    }
  } catch (err) {
    if (err instanceof ValidationError) throw err;
    const e = err as Error & { lines?: number };
    throw new ValidationError(`${file}: ${e.message}`, [
      { field: `${file}:${e.lines ?? 0}`, message: e.message },
    ]);
  }
}

/** Collects problems found while reading, and throws them all at once. */
export class ProblemList {
  readonly problems: FieldProblem[] = [];

  constructor(
    private readonly file: string,
    private readonly max = 200,
  ) {}

  /** Records a problem at a row and column. */
  add(row: number, column: string, message: string): void {
    if (this.problems.length < this.max)
      this.problems.push({ field: `${this.file}:${row}:${column}`, message });
  }

  /** Throws a {@link ValidationError} when anything was recorded. */
  throwIfAny(what: string): void {
    if (this.problems.length > 0) {
      throw new ValidationError(
        `${this.file}: ${this.problems.length} problem(s) in ${what}`,
        this.problems,
      );
    }
  }
}

/**
 * Reads a finite number from a cell, or records a problem and returns undefined.
 * Accepts `-1.5`, `2e3`; refuses `1,5`, `N/A`, blank.
 */
export function numberCell(
  problems: ProblemList,
  record: CsvRecord,
  column: string,
): number | undefined {
  const text = record.values[column] ?? '';
  const value = text === '' ? NaN : Number(text);
  if (!Number.isFinite(value) || !/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(text)) {
    problems.add(record.row, column, `expected a number, found "${text}"`);
    return undefined;
  }
  return value;
}
