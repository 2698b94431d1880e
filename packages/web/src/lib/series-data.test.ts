import { describe, expect, it } from 'vitest';
import type { CityTarget, Observation } from '../api/observation-types.ts';
import { groupBySeries, lineOf, targetLine } from './series-data.ts';

function observation(overrides: Partial<Observation>): Observation {
  return {
    id: `${overrides.series ?? 'S'}-${overrides.year ?? 2020}`,
    series: 'S',
    year: 2020,
    disaggregation: {},
    value: 1,
    flags: { estimated: false, provisional: false, breakInSeries: false },
    footnote: null,
    source: null,
    nature: null,
    status: 'approved',
    version: 1,
    approvedVersion: 1,
    updatedAt: '2026-01-01T00:00:00Z',
    ...overrides,
  };
}

describe('groupBySeries', () => {
  it('groups by series, latest first, and headlines each with its latest headline value', () => {
    const groups = groupBySeries([
      observation({ series: 'B', year: 2019, value: 3 }),
      observation({ series: 'A', year: 2018, value: 1 }),
      observation({ series: 'A', year: 2021, value: 2, disaggregation: { location: 'urban' } }),
      observation({ series: 'A', year: 2020, value: 5 }),
    ]);
    expect(groups.map((g) => g.series)).toEqual(['A', 'B']);
    expect(groups[0]?.observations.map((o) => o.year)).toEqual([2021, 2020, 2018]);
    expect(groups[0]?.latest.value).toBe(5);
    expect(groups[0]?.main).toEqual({});
  });

  it('follows the most frequent disaggregation when there is no headline', () => {
    const [group] = groupBySeries([
      observation({ year: 2019, disaggregation: { sex: 'female' } }),
      observation({ year: 2020, disaggregation: { sex: 'female' }, value: 7 }),
      observation({ year: 2021, disaggregation: { sex: 'male' } }),
    ]);
    expect(group?.main).toEqual({ sex: 'female' });
    expect(group?.latest.value).toBe(7);
  });
});

describe('lines', () => {
  it('draws one disaggregation by year', () => {
    const line = lineOf(
      [
        observation({ year: 2021, value: 2 }),
        observation({ year: 2019, value: 1 }),
        observation({ year: 2020, value: 9, disaggregation: { sex: 'male' } }),
      ],
      {},
    );
    expect(line).toEqual([
      { year: 2019, value: 1 },
      { year: 2021, value: 2 },
    ]);
  });

  it('draws the target from its baseline when one is set', () => {
    const target: CityTarget = {
      series: 'S',
      disaggregation: {},
      targetValue: 100,
      targetYear: 2030,
      baselineValue: 40,
      baselineYear: 2015,
      note: null,
      updatedAt: '',
    };
    expect(targetLine([target], 'S', {})).toEqual([
      { year: 2015, value: 40 },
      { year: 2030, value: 100 },
    ]);
    expect(targetLine([{ ...target, baselineYear: null }], 'S', {})).toEqual([
      { year: 2030, value: 100 },
    ]);
    expect(targetLine([target], 'OTHER', {})).toEqual([]);
  });
});
