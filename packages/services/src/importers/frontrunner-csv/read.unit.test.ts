import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { flagsOf } from '@frontrunner/domain';
import { readAll, sourceOf } from '../source.factory';
import { read } from './read';

const fixture = (name: string): Buffer =>
  readFileSync(new URL(`../../../test-fixtures/frontrunner-csv/${name}`, import.meta.url));
const csv = (text: string, chunk?: number) => readAll(read, sourceOf('city.csv', text, chunk));

describe('the project CSV reader', () => {
  it('reads a Windows-1252 file with ";" and decimal commas, as a European Excel saves it', async () => {
    const { inputs, problems, notes } = await readAll(
      read,
      sourceOf('wascol.csv', fixture('wascol-semicolon-windows-1252.csv')),
    );
    expect(problems).toEqual([]);
    expect(inputs).toHaveLength(20);
    expect(inputs[0]).toMatchObject({
      geoCode: 'abidjan',
      year: 2003,
      value: 41.2,
      footnote: 'Relevé São Paulo – brouillon',
    });
    expect(notes.map((n) => [n.kind, n.row])).toEqual([
      ['decoded-as-windows-1252', 2],
      ['decimal-comma', 2],
    ]);
  });

  it('reads Excel\'s "CSV UTF-8": byte-order mark, CRLF, a quoted Khmer footnote over two lines', async () => {
    const { inputs, problems, notes } = await readAll(
      read,
      sourceOf('wascol.csv', fixture('wascol-utf8-bom.csv'), 3),
    );
    expect(problems).toEqual([]);
    expect(notes).toEqual([]);
    expect(inputs[0]?.footnote).toBe('ការស្ទង់មតិ, "ភ្នំពេញ"\nទំព័រ ២');
    expect(inputs.map((i) => i.location.row).slice(0, 3)).toEqual([2, 3, 4]);
  });

  it('numbers rows as a spreadsheet does: blank lines count, line breaks inside quotes do not', async () => {
    const text = 'series,year,value,footnote\n\nEN_X,2015,1,"two\nlines"\n\n\nEN_X,2016,oops,\n';
    expect((await csv(text)).problems).toEqual([
      {
        file: 'city.csv',
        row: 6,
        column: 'value',
        text: 'oops',
        expected: 'a number such as 12.5, without thousands separators',
        kind: 'non-numeric',
      },
    ]);
  });

  it('reads tab-separated text and a last line without a line end', async () => {
    const { inputs } = await csv('series\tyear\tvalue\tflags\nEN_X\t2015\t2,5\tE|B');
    expect(inputs).toMatchObject([{ value: 2.5, flags: flagsOf(true, false, true) }]);
  });

  it('keeps formula text as text, and refuses it as a value', async () => {
    const { inputs, problems } = await csv(
      'series,year,value,footnote\nEN_X,2015,1,"=HYPERLINK(""http://x"")"\nEN_X,2016,=1+1,\n',
    );
    expect(inputs[0]?.footnote).toBe('=HYPERLINK("http://x")');
    expect(problems).toEqual([
      {
        file: 'city.csv',
        row: 3,
        column: 'value',
        text: '=1+1',
        expected: 'a number such as 12.5, without thousands separators',
        kind: 'non-numeric',
      },
    ]);
  });

  it('refuses thousands separators, and decimal commas where "," separates cells', async () => {
    const { problems } = await csv('series,year,value\nEN_X,2015,"1,234"\n');
    expect(problems).toMatchObject([
      { row: 2, column: 'value', text: '1,234', kind: 'non-numeric' },
    ]);
    const semicolon = await csv('series;year;value\nEN_X;2015;1.234,5\n');
    expect(semicolon.problems).toMatchObject([
      {
        row: 2,
        text: '1.234,5',
        expected: 'a number such as 12.5 or 12,5, without thousands separators',
      },
    ]);
  });

  it('trims invisible whitespace around codes and years, and says so once', async () => {
    const { inputs, problems, notes } = await csv(
      'series,year,value\n EN_X\u00a0,2015\u200b,1\nEN_X,\t2016 ,2\n',
    );
    expect(problems).toEqual([]);
    expect(inputs.map((i) => [i.series, i.year])).toEqual([
      ['EN_X', 2015],
      ['EN_X', 2016],
    ]);
    expect(notes).toEqual([
      {
        file: 'city.csv',
        row: 2,
        column: 'series',
        text: '" EN_X\u00a0"',
        message: 'Removed spaces or invisible characters around this cell and 2 other cells.',
        kind: 'trimmed-whitespace',
      },
    ]);
  });

  it('reports each broken cell with its row, column, text and what was expected', async () => {
    const text = [
      'series,year,value,unit,disaggregation,flags,nature,footnote',
      'EN_X,2014,1,PT,,,,',
      'EN_X,15,1,PT,,,,',
      'EN_X,1989,1,PT,,,,',
      'EN_X,2015,1,PT,sex,,,',
      'EN_X,2016,1,PT,,X,,',
      'EN_X,2017,1,PT,,,Z,',
      'EN_X,2018,,PT,,,,',
      `EN_X,2019,1,PT,,,,${'x'.repeat(2001)}`,
      'EN_X,2020,1,PC,,,,',
    ].join('\n');
    const { problems } = await csv(text);
    expect(
      problems.map(({ row, column, text: found, kind }) => [row, column, found?.slice(0, 8), kind]),
    ).toEqual([
      [3, 'year', '15', 'bad-year'],
      [4, 'year', '1989', 'year-out-of-range'],
      [5, 'disaggregation', 'sex', 'bad-code'],
      [6, 'flags', 'X', 'bad-flag'],
      [7, 'nature', 'Z', 'bad-code'],
      [8, 'value', '', 'missing-value'],
      [9, 'footnote', 'xxxxxxxx', 'too-long'],
      [10, 'unit', 'PC', 'unit-mismatch'],
    ]);
    expect(problems[1]?.expected).toBe('a year from 1990 to 2030');
    expect(problems[6]?.text).toHaveLength(101);
    expect(problems[7]?.expected).toBe('the unit of EN_X given in row 2: PT');
  });

  it('names both rows of a duplicate, whatever the order of the dimensions', async () => {
    const { problems } = await csv(
      'series,year,value,disaggregation\nEN_X,2015,1,sex=F;age=Y15T24\nEN_X,2015,2,age=Y15T24;sex=F\n',
    );
    expect(problems).toEqual([
      {
        file: 'city.csv',
        row: 3,
        column: 'series',
        text: 'EN_X 2015 age=Y15T24;sex=F',
        expected: 'one row per series, area, year and disaggregation: row 2 has the same',
        kind: 'duplicate-row',
      },
    ]);
  });

  it('reports a file cut off inside a quote, or inside a row', async () => {
    expect((await csv('series,year,value,footnote\nEN_X,2015,1,"Survey, ro', 4)).problems).toEqual([
      {
        file: 'city.csv',
        row: 2,
        column: 'footnote',
        text: 'Survey, ro',
        expected: 'a closing quote (") before the end of the file: the file seems cut off',
        kind: 'truncated',
      },
    ]);
    expect(
      (await csv('series,year,value,footnote\nEN_X,2015,1,a\nEN_X,20')).problems,
    ).toMatchObject([{ row: 3, column: 'value', text: '20', kind: 'truncated' }]);
  });

  it('refuses a header with unknown or missing columns, before reading any row', async () => {
    const { problems, inputs } = await csv('series,year,valeur,foonote\nEN_X,2015,1,x\n');
    expect(inputs).toEqual([]);
    expect(problems.map((p) => [p.row, p.column, p.kind])).toEqual([
      [1, 'valeur', 'bad-header'],
      [1, 'foonote', 'bad-header'],
      [1, undefined, 'bad-header'],
    ]);
  });

  it('takes the indicator given with the import for blank cells and refuses a different one', async () => {
    const source = sourceOf('city.csv', 'indicator,year,value\n,2015,1\n11.6.2,2016,1\n');
    const { inputs, problems } = await readAll(read, source, { indicator: '11.6.1' });
    expect(inputs.map((i) => i.indicator)).toEqual(['11.6.1']);
    expect(problems).toMatchObject([
      {
        row: 3,
        column: 'indicator',
        text: '11.6.2',
        expected: '11.6.1, the indicator given with the import',
      },
    ]);
  });

  it('reports a row with more cells than the header (an unquoted separator)', async () => {
    const { problems } = await csv(
      'series,year,value,footnote\nEN_X,2015,1,Survey, round 2\nEN_X,2016,1,ok,,\n',
    );
    expect(problems).toMatchObject([
      { row: 2, column: 'column 5', text: 'round 2', kind: 'bad-row' },
    ]);
  });

  it('reports an empty file', async () => {
    expect((await csv('')).problems).toMatchObject([{ row: 0, kind: 'bad-header' }]);
  });
});
