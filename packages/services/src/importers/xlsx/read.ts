import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { ImportItem, ImportProblem } from '@frontrunner/domain';
import { eachItem, readRecords } from '../csv-format';
import type { CsvRecord } from '../csv-tokenizer';
import { readFrontrunnerHeader } from '../frontrunner-csv/read';
import { bytesOf, type ImportSource, type ReadOptions } from '../import-source';
import { Trimming } from '../trimming';

/**
 * Reads the Excel version of the project's template: the first worksheet, with the same columns
 * and rules as the CSV (frontrunner-csv/README.md), streamed with exceljs' WorkbookReader. Rows
 * are numbered as Excel shows them. A formula cell is read as its formula text (`=A1*2`), never
 * its cached result: in `value` that is `non-numeric`, in a text column it is kept as text.
 */
export function read(source: ImportSource, options: ReadOptions): AsyncGenerator<ImportItem> {
  return eachItem(readBatches(source, options));
}

/** {@link read}, a batch of items per 1,000 rows. */
export function readBatches(
  source: ImportSource,
  options: ReadOptions,
): AsyncGenerator<ImportItem[]> {
  return readRecords(source, options, {
    records: xlsxRecords(source),
    readHeader: readFrontrunnerHeader,
  });
}

const BATCH = 1000;

async function* xlsxRecords(source: ImportSource): AsyncGenerator<CsvRecord[] | ImportProblem> {
  const trim = new Trimming();
  let width = 0;
  /** Trimmed, non-blank records, padded to the header's width (Excel leaves out empty end cells). */
  const done = (batch: CsvRecord[]): CsvRecord[] => {
    const kept = trim.records(batch);
    for (const record of kept) {
      if (width === 0) width = record.cells.length;
      while (record.cells.length < width) record.cells.push('');
    }
    return kept;
  };
  try {
    const workbook = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(bytesOf(source)), {
      sharedStrings: 'cache',
      hyperlinks: 'ignore',
      styles: 'ignore',
      worksheets: 'emit',
      entries: 'emit',
    });
    for await (const sheet of workbook) {
      let batch: CsvRecord[] = [];
      for await (const row of sheet) {
        const values = row.values as ExcelJS.CellValue[];
        const cells = Array.from({ length: values.length - 1 }, (_, i) => cellText(values[i + 1]));
        batch.push({ row: row.number, cells });
        if (batch.length >= BATCH) {
          yield done(batch);
          batch = [];
        }
      }
      yield done(batch);
      return;
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    yield {
      file: source.file,
      row: 0,
      text: reason.slice(0, 100),
      expected: 'a complete Excel workbook (.xlsx); the file could not be read',
      kind: 'bad-encoding',
    };
  }
}

/** The text of a cell as a CSV would hold it. */
export function cellText(value: ExcelJS.CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('formula' in value && typeof value.formula === 'string') return `=${value.formula}`;
  if ('sharedFormula' in value && typeof value.sharedFormula === 'string')
    return `=${value.sharedFormula}`;
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('text' in value) return typeof value.text === 'string' ? value.text : cellText(value.text);
  if ('error' in value) return String(value.error);
  return '';
}
