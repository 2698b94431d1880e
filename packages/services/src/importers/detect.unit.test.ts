import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { collect } from '../exporters/csv-writing';
import { xlsxTemplate } from '../exporters/templates';
import { detectFormat } from './detect';
import { readImport } from './index';
import { TEST_YEARS } from './source.factory';
import { sourceOf } from './source.factory';

const fixture = (path: string): Buffer =>
  readFileSync(new URL(`../../test-fixtures/${path}`, import.meta.url));

describe('format detection', () => {
  it('tells the formats apart by their header, whatever the file name', async () => {
    expect(await detectFormat(sourceOf('a.csv', fixture('open-sdg/indicator_8-5-2.csv')))).toBe(
      'open-sdg',
    );
    expect(await detectFormat(sourceOf('a.csv', fixture('sdmx-csv/sl_tlf_uem.sdmx-1.0.csv')))).toBe(
      'sdmx-csv',
    );
    expect(await detectFormat(sourceOf('a.txt', fixture('sdmx-csv/sl_tlf_uem.sdmx-2.0.csv')))).toBe(
      'sdmx-csv',
    );
    expect(
      await detectFormat(sourceOf('a.csv', fixture('frontrunner-csv/wascol-utf8-bom.csv'))),
    ).toBe('csv');
    expect(
      await detectFormat(
        sourceOf('a.csv', fixture('frontrunner-csv/wascol-semicolon-windows-1252.csv')),
      ),
    ).toBe('csv');
  });

  it('knows a workbook by its extension or its zip signature', async () => {
    const book = await xlsxTemplate();
    expect(await detectFormat(sourceOf('upload.bin', book))).toBe('xlsx');
    expect(await detectFormat(sourceOf('Data.XLSX', new Uint8Array()))).toBe('xlsx');
  });

  it('refuses old .xls workbooks and headers it does not know', async () => {
    expect(await detectFormat(sourceOf('old.xls', new Uint8Array()))).toMatchObject({
      kind: 'bad-header',
      row: 0,
    });
    expect(await detectFormat(sourceOf('x.csv', '\n\nfoo,bar\n1,2\n'))).toMatchObject({
      kind: 'bad-header',
      row: 1,
      text: 'foo,bar',
    });
  });

  it('reads only the start of a large file', async () => {
    const big = `Year,Value\n${'2020,1\n'.repeat(100_000)}`;
    const source = sourceOf('big.csv', big, 4096);
    let chunks = 0;
    const counted = {
      ...source,
      stream: async function* () {
        for await (const c of source.stream() as AsyncIterable<Uint8Array>) {
          chunks += 1;
          yield c;
        }
      },
    };
    expect(await detectFormat(counted)).toBe('open-sdg');
    expect(chunks).toBeLessThanOrEqual(16);
    expect((await collect(source.stream() as AsyncIterable<Uint8Array>)).length).toBe(big.length);
  });

  it('lets readImport read a file of any format, or say why it cannot', async () => {
    const read = async (file: string, content: Uint8Array | string): Promise<unknown[]> => {
      const items: unknown[] = [];
      for await (const item of readImport(sourceOf(file, content), {
        format: 'auto',
        years: TEST_YEARS,
      })) {
        items.push(item.ok ? item.input.series : item.problem.kind);
      }
      return items;
    };
    expect(
      (await read('indicator_8-5-2.csv', fixture('open-sdg/indicator_8-5-2.csv'))).length,
    ).toBe(820);
    expect(await read('template.xlsx', await xlsxTemplate())).toEqual(['EN_REF_WASCOL']);
    expect(await read('x.csv', 'a,b\n1,2\n')).toEqual(['bad-header']);
  });
});
