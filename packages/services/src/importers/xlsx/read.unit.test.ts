import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { collect } from '../../exporters/csv-writing';
import { EXAMPLE_RECORD, xlsxTemplate } from '../../exporters/templates';
import { readAll, sourceOf } from '../source.factory';
import { read } from './read';

/** A workbook as a person might make it in Excel: rows of cell values on the first sheet. */
async function workbook(rows: ExcelJS.CellValue[][]): Promise<Uint8Array> {
  const out = new PassThrough();
  const bytes = collect(out);
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out });
  const sheet = book.addWorksheet('Data');
  for (const row of rows) sheet.addRow(row).commit();
  sheet.commit();
  await book.commit();
  return bytes;
}

describe('the xlsx reader', () => {
  it('reads the downloadable template: its example row, nothing from the Columns sheet', async () => {
    const { inputs, problems } = await readAll(
      read,
      sourceOf('template.xlsx', await xlsxTemplate(), 512),
    );
    expect(problems).toEqual([]);
    expect(inputs).toHaveLength(1);
    expect(inputs[0]).toMatchObject({
      ...EXAMPLE_RECORD,
      geoCode: undefined,
      location: { file: 'template.xlsx', row: 2 },
    });
  });

  it('reads a formula as its text: kept in a text column, non-numeric in value', async () => {
    const book = await workbook([
      ['series', 'year', 'value', 'footnote'],
      ['EN_X', 2020, 1.5, { formula: 'HYPERLINK("http://x","y")', result: 'y' }],
      ['EN_X', 2021, { formula: 'A1*2', result: 3 }, null],
    ]);
    const { inputs, problems } = await readAll(read, sourceOf('book.xlsx', book));
    expect(inputs.map((i) => i.footnote)).toEqual(['=HYPERLINK("http://x","y")']);
    expect(problems).toEqual([
      {
        file: 'book.xlsx',
        row: 3,
        column: 'value',
        text: '=A1*2',
        expected: 'a number such as 12.5, without thousands separators',
        kind: 'non-numeric',
      },
    ]);
  });

  it('numbers rows as Excel does, skipping empty rows, and reads short rows', async () => {
    const book = await workbook([
      ['series', 'year', 'value', 'footnote'],
      [],
      ['EN_X', 2020, 1],
      ['EN_X', '2021', 'n/a'],
    ]);
    const { inputs, problems } = await readAll(read, sourceOf('book.xlsx', book));
    expect(inputs.map((i) => i.location.row)).toEqual([3]);
    expect(problems).toMatchObject([{ row: 4, column: 'value', text: 'n/a', kind: 'non-numeric' }]);
  });

  it('reports a file that is not a workbook or is cut off', async () => {
    const book = await xlsxTemplate();
    for (const bytes of [
      new TextEncoder().encode('series,year,value\n'),
      book.subarray(0, book.length / 2),
    ]) {
      const { problems } = await readAll(read, sourceOf('book.xlsx', bytes));
      expect(problems).toMatchObject([{ file: 'book.xlsx', row: 0, kind: 'bad-encoding' }]);
    }
  });
});
