import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import {
  disaggregationKey,
  escapeFormula,
  flagLetters,
  type ObservationRecord,
} from '@frontrunner/domain';
import {
  FRONTRUNNER_COLUMN_HELP,
  FRONTRUNNER_COLUMNS,
} from '../../importers/frontrunner-csv/columns';
import type { RecordSource } from '../csv-writing';

/** Name of the data sheet; the reader takes the first sheet, whatever its name. */
export const OBSERVATIONS_SHEET = 'Observations';
/** Name of the sheet that explains the columns. */
export const COLUMNS_SHEET = 'Columns';

/**
 * Writes the Excel version of the project's template: an `Observations` sheet with the template's
 * columns (year and value as numbers, every text escaped with `escapeFormula` and stored as a
 * string cell, never a formula), then a `Columns` sheet explaining each column. Streamed with
 * exceljs' WorkbookWriter; exceljs does not wait for a slow reader, so a slow download buffers.
 */
export function write(records: RecordSource): AsyncIterable<Uint8Array> {
  const out = new PassThrough();
  void fill(out, records).catch((error: unknown) => out.destroy(error as Error));
  return out;
}

async function fill(out: PassThrough, records: RecordSource): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useSharedStrings: false,
    useStyles: true,
  });
  const sheet = workbook.addWorksheet(OBSERVATIONS_SHEET, {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = FRONTRUNNER_COLUMNS.map((name) => ({
    key: name,
    width: name === 'footnote' ? 40 : 16,
  }));
  const header = sheet.addRow([...FRONTRUNNER_COLUMNS]);
  header.font = { bold: true };
  header.commit();
  for await (const record of records) sheet.addRow(xlsxCells(record)).commit();
  sheet.commit();
  addColumnsSheet(workbook);
  await workbook.commit();
}

/** The cells of a record in template order: numbers as numbers, texts escaped. */
function xlsxCells(record: ObservationRecord): (string | number | null)[] {
  if (!Number.isFinite(record.value))
    throw new RangeError(`Cannot export the number ${record.value}`);
  const text = (value: string | undefined): string | null =>
    value === undefined || value === '' ? null : escapeFormula(value);
  return [
    text(record.indicator),
    text(record.series),
    text(record.geoCode),
    record.year,
    record.value,
    text(record.unit),
    text(disaggregationKey(record.disaggregation)),
    text(flagLetters(record.flags)),
    text(record.footnote),
    text(record.source),
    text(record.nature),
  ];
}

/** The second sheet: one row per column with what it holds. */
function addColumnsSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter): void {
  const help = workbook.addWorksheet(COLUMNS_SHEET);
  help.columns = [{ width: 18 }, { width: 100 }];
  const title = help.addRow(['column', 'what it holds']);
  title.font = { bold: true };
  title.commit();
  for (const name of FRONTRUNNER_COLUMNS)
    help.addRow([name, FRONTRUNNER_COLUMN_HELP[name]]).commit();
  help.addRow([]).commit();
  help
    .addRow([
      '',
      'Only the first sheet is imported. One row per value; delete the example row before importing.',
    ])
    .commit();
  help.commit();
}
