import { describe, expect, it } from 'vitest';
import { monitoredIndicators, resultFromIndicator } from './case-results.ts';

describe('resultFromIndicator', () => {
  it('takes the latest headline actual with its year and links the series', () => {
    const row = resultFromIndicator({
      id: 'i1',
      name: 'Organic waste composted',
      unit: 't/year',
      seriesCode: 'PP_WASTE_COMPOST',
      baselineValue: 0,
      periods: [
        { period: '2024', disaggregation: '', actual: 800 },
        { period: '2025', disaggregation: 'sex:female', actual: 90 },
        { period: '2025', disaggregation: '', actual: 1200 },
        { period: '2026', disaggregation: '', actual: null },
      ],
    });
    expect(row).toEqual({
      label: 'Organic waste composted',
      value: '1200',
      unit: 't/year',
      baseline: '0',
      year: '2025',
      seriesCode: 'PP_WASTE_COMPOST',
    });
  });

  it('leaves the value empty when nothing was measured yet', () => {
    const row = resultFromIndicator({
      id: 'i2',
      name: 'Jobs',
      unit: 'jobs',
      seriesCode: null,
      baselineValue: null,
      periods: [],
    });
    expect(row).toMatchObject({ value: '', year: '', baseline: '', seriesCode: '' });
  });
});

describe('monitoredIndicators', () => {
  it('collects the indicators of every level, linked to their series or SDG indicator', () => {
    const indicator = (id: string, seriesCode: string | null, sdgIndicator: string | null) => ({
      id,
      name: id,
      unit: 'n',
      seriesCode,
      sdgIndicator,
      baselineValue: null,
      periods: [],
    });
    const found = monitoredIndicators([
      {
        indicators: [indicator('a', 'PP_A', '6.1.1')],
        children: [{ indicators: [indicator('b', null, '11.6.1')], children: [] }],
      },
    ]);
    expect(found.map((i) => [i.id, i.seriesCode])).toEqual([
      ['a', 'PP_A'],
      ['b', '11.6.1'],
    ]);
  });
});
