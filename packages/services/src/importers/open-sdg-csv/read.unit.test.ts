import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readAll, sourceOf } from '../source.factory';
import { indicatorFromFileName, read } from './read';

const fixture = (name: string): Buffer =>
  readFileSync(new URL(`../../../test-fixtures/open-sdg/${name}`, import.meta.url));

describe('the Open SDG reader', () => {
  it('reads the real 8.5.2 file: blank = all, disaggregations by column, indicator from the file name', async () => {
    const { inputs, problems, notes } = await readAll(
      read,
      sourceOf('indicator_8-5-2.csv', fixture('indicator_8-5-2.csv')),
    );
    expect(problems).toEqual([]);
    expect(notes).toEqual([]);
    expect(inputs).toHaveLength(820);
    expect(inputs[0]).toEqual({
      series: 'SL_TLF_UEM',
      indicator: '8.5.2',
      unit: 'percent',
      geoCode: 'BRN',
      year: 2014,
      value: 6.97,
      disaggregation: { age: '15' },
      flags: { estimated: false, provisional: false, breakInSeries: false },
      footnote: undefined,
      source: undefined,
      nature: 'C',
      location: { file: 'indicator_8-5-2.csv', row: 2 },
    });
    expect(inputs[1]?.disaggregation).toEqual({ sex: 'female', age: '15' });
  });

  it("finds the real 11.6.1 file's repeated city-years and unknown natures", async () => {
    const { inputs, problems } = await readAll(
      read,
      sourceOf('indicator_11-6-1.csv', fixture('indicator_11-6-1.csv')),
    );
    const duplicates = problems.filter((p) => p.kind === 'duplicate-row');
    expect(duplicates.map((p) => p.text)).toEqual([
      'EN_REF_WASCOL lahore 2009',
      ...Array<string>(6).fill('EN_REF_WASCOL nociti 2012'),
    ]);
    expect(duplicates[0]).toMatchObject({
      row: 126,
      column: 'Series',
      expected: 'one row per series, area, year and disaggregation: row 125 has the same',
    });
    const natures = problems.filter((p) => p.kind === 'bad-code');
    expect(natures).toHaveLength(7);
    expect(natures[0]).toMatchObject({
      column: 'NATURE',
      text: 'NOTSPEC',
      expected: 'a NATURE of C, CA, E, M, G or N',
    });
    expect(inputs.length + problems.length).toBe(261);
  });

  it('takes the indicator from the options before the file name', async () => {
    const { inputs } = await readAll(
      read,
      sourceOf('indicator_11-6-1.csv', 'Year,Value\n2020,1\n'),
      { indicator: '11.6.2' },
    );
    expect(inputs[0]?.indicator).toBe('11.6.2');
    expect(indicatorFromFileName('data/INDICATOR_3-B-1.csv')).toBe('3.b.1');
    expect(indicatorFromFileName('indicator_11-6-1.csv.bak')).toBeUndefined();
  });

  it('needs an indicator when the file has no Series column', async () => {
    const { problems } = await readAll(read, sourceOf('waste.csv', 'Year,Value\n2020,1\n'));
    expect(problems).toEqual([
      {
        file: 'waste.csv',
        row: 0,
        text: 'waste.csv',
        expected:
          'an indicator: name the file like indicator_11-6-1.csv, add a Series column, or give the indicator with the import',
        kind: 'unknown-indicator',
      },
    ]);
  });

  it('refuses a header without Year first and Value last, or with a column twice', async () => {
    const wrong = await readAll(read, sourceOf('indicator_1-1-1.csv', 'Value,Year\n1,2020\n'));
    expect(wrong.problems).toMatchObject([{ row: 1, column: 'Value', kind: 'bad-header' }]);
    const twice = await readAll(
      read,
      sourceOf('indicator_1-1-1.csv', 'Year,Sex,sex,Value\n2020,,,1\n'),
    );
    expect(twice.problems).toMatchObject([
      { row: 1, column: 'sex', expected: 'each column once', kind: 'bad-header' },
    ]);
  });

  it('scales values by UNIT_MULT exactly and says so', async () => {
    const source = sourceOf(
      'indicator_1-1-1.csv',
      'Year,UNIT_MULT,Value\n2020,3,1.1\n2021,6,2e-3\n2022,,7\n',
    );
    const { inputs, notes } = await readAll(read, source);
    expect(inputs.map((i) => i.value)).toEqual([1100, 2000, 7]);
    expect(notes).toMatchObject([
      { row: 2, column: 'UNIT_MULT', text: '3', kind: 'unit-multiplier' },
    ]);
  });

  it('reads _T as all and flag letters in OBS_STATUS', async () => {
    const source = sourceOf(
      'indicator_1-1-1.csv',
      'Year,Sex,OBS_STATUS,Value\n2020,_T,EP,1\n2021,F,A,2\n',
    );
    const { inputs } = await readAll(read, source);
    expect(inputs.map((i) => [i.disaggregation, i.flags.estimated, i.flags.provisional])).toEqual([
      [{}, true, true],
      [{ sex: 'F' }, false, false],
    ]);
  });
});
