import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { FRONTRUNNER_COLUMNS } from '../importers/frontrunner-csv/columns';
import { csvTemplate, xlsxTemplate } from './templates';

describe('the downloadable templates', () => {
  it('CSV: a byte-order mark and the header, nothing else', () => {
    const bytes = csvTemplate();
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toBe(`${FRONTRUNNER_COLUMNS.join(',')}\r\n`);
  });

  it('xlsx: header and example on the first sheet, every column explained on the second', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await xlsxTemplate()) as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Observations', 'Columns']);
    const [data, help] = book.worksheets;
    expect(data?.getRow(1).values).toEqual([undefined, ...FRONTRUNNER_COLUMNS]);
    expect(data?.getRow(2).getCell(5).value).toBe(85.5);
    expect(data?.rowCount).toBe(2);
    const explained = FRONTRUNNER_COLUMNS.map((_, i) => help?.getRow(i + 2).getCell(1).value);
    expect(explained).toEqual([...FRONTRUNNER_COLUMNS]);
  });
});
