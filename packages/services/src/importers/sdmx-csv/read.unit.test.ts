import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readAll, sourceOf } from '../source.factory';
import { read } from './read';

const fixture = (name: string): Buffer =>
  readFileSync(new URL(`../../../test-fixtures/sdmx-csv/${name}`, import.meta.url));

describe('the SDMX-CSV reader', () => {
  it('reads the real 8.5.2 slice as SDMX-CSV 1.0 and 2.0 to the same observations', async () => {
    const one = await readAll(read, sourceOf('uem.csv', fixture('sl_tlf_uem.sdmx-1.0.csv')));
    const two = await readAll(read, sourceOf('uem.csv', fixture('sl_tlf_uem.sdmx-2.0.csv'), 1000));
    expect(one.problems).toEqual([]);
    expect(two.problems).toEqual([]);
    expect(one.inputs).toHaveLength(820);
    expect(two.inputs).toEqual(one.inputs);
    expect(one.inputs[1]).toMatchObject({
      series: 'SL_TLF_UEM',
      geoCode: '96',
      unit: 'PT',
      year: 2014,
      value: 7.88,
      disaggregation: { sex: 'F', age: 'Y_GE15' },
      nature: 'C',
    });
    expect(one.notes.map((n) => n.column)).toEqual([
      'UPPER_BOUND',
      'LOWER_BOUND',
      'BASE_PER',
      'TIME_DETAIL',
    ]);
  });

  it('reads headers and codes with labels by their code', async () => {
    const text =
      'DATAFLOW,SERIES: Series,SEX: Sex,TIME_PERIOD: Time,OBS_VALUE: Value,COMMENT_OBS: Comment\nDF,EN_X: Waste,F: Female,2020,1.5,Note: see annex\n';
    const { inputs, problems } = await readAll(read, sourceOf('sdmx.csv', text));
    expect(problems).toEqual([]);
    expect(inputs[0]).toMatchObject({
      series: 'EN_X',
      disaggregation: { sex: 'F' },
      footnote: 'Note: see annex',
    });
  });

  it('refuses other frequencies, deletions, unknown statuses and a missing SERIES', async () => {
    const text = [
      'STRUCTURE,STRUCTURE_ID,ACTION,FREQ,SERIES,TIME_PERIOD,OBS_VALUE,OBS_STATUS',
      'dataflow,DF,I,Q,EN_X,2020-Q1,1,',
      'dataflow,DF,D,A,EN_X,2020,1,F',
      'dataflow,DF,I,A,,2021,1,',
    ].join('\r\n');
    const { problems } = await readAll(read, sourceOf('sdmx.csv', text));
    expect(problems.map((p) => [p.row, p.column, p.text, p.kind])).toEqual([
      [2, 'FREQ', 'Q', 'bad-code'],
      [2, 'TIME_PERIOD', '2020-Q1', 'bad-year'],
      [3, 'ACTION', 'D', 'bad-code'],
      [3, 'OBS_STATUS', 'F', 'bad-flag'],
      [4, 'SERIES', '', 'missing-value'],
    ]);
  });

  it('refuses a header that is not SDMX-CSV', async () => {
    const { problems } = await readAll(
      read,
      sourceOf('sdmx.csv', 'SERIES,TIME_PERIOD,OBS_VALUE\nEN_X,2020,1\n'),
    );
    expect(problems).toMatchObject([
      {
        row: 1,
        kind: 'bad-header',
        expected: 'SDMX-CSV: DATAFLOW (1.0) or STRUCTURE,STRUCTURE_ID,ACTION (2.0) first',
      },
    ]);
  });

  it('reads ";"-separated SDMX-CSV with decimal commas', async () => {
    const { inputs } = await readAll(
      read,
      sourceOf('sdmx.csv', 'DATAFLOW;SERIES;TIME_PERIOD;OBS_VALUE\nDF;EN_X;2020;0,25\n'),
    );
    expect(inputs[0]?.value).toBe(0.25);
  });
});
