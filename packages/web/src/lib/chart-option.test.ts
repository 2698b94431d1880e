import { describe, expect, it } from 'vitest';
import { seriesChartOption } from './chart-option.ts';

const text = {
  city: 'Phnom Penh',
  country: 'Cambodia',
  target: 'Target',
  formatValue: (value: number) => value.toFixed(1),
  formatAxis: (value: number) => value.toFixed(0),
  step: 0.1,
};

describe('seriesChartOption', () => {
  it('draws only the lines that have values, on a year axis covering all of them', () => {
    const option = seriesChartOption(
      {
        city: [{ year: 2018, value: 40 }],
        country: [],
        target: [
          { year: 2015, value: 30 },
          { year: 2030, value: 90 },
        ],
      },
      text,
    ) as { series: { name: string }[]; xAxis: { min: number; max: number } };
    expect(option.series.map((s) => s.name)).toEqual(['Phnom Penh', 'Target']);
    expect(option.xAxis).toMatchObject({ min: 2015, max: 2030 });
  });

  it('widens a single year so the point is not on the edge', () => {
    const option = seriesChartOption(
      { city: [{ year: 2020, value: 1 }], country: [], target: [] },
      text,
    ) as { xAxis: { min: number; max: number } };
    expect(option.xAxis).toMatchObject({ min: 2019, max: 2021 });
  });
});
