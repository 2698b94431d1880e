import { describe, expect, it } from 'vitest';
import type { ReviewQueueItem } from '../api/observation-types.ts';
import { groupReviewQueue } from './review-groups.ts';

function item(overrides: Partial<ReviewQueueItem>): ReviewQueueItem {
  return {
    id: 'x',
    city: 'phnom-penh',
    cityName: 'Phnom Penh',
    series: 'S',
    year: 2020,
    disaggregation: {},
    value: 1,
    approvedValue: null,
    footnote: null,
    submittedAt: '',
    submittedBy: '',
    ...overrides,
  };
}

describe('groupReviewQueue', () => {
  it('groups by city name, then series code, latest year first', () => {
    const groups = groupReviewQueue([
      item({ id: 'a', city: 'siem-reap', cityName: 'Siem Reap' }),
      item({ id: 'b', series: 'T', year: 2019 }),
      item({ id: 'c', series: 'S', year: 2018 }),
      item({ id: 'd', series: 'S', year: 2021, disaggregation: { sex: 'male' } }),
      item({ id: 'e', series: 'S', year: 2021 }),
    ]);
    expect(groups.map((g) => g.cityName)).toEqual(['Phnom Penh', 'Siem Reap']);
    expect(groups[0]?.series.map((s) => s.series)).toEqual(['S', 'T']);
    expect(groups[0]?.series[0]?.items.map((i) => i.id)).toEqual(['e', 'd', 'c']);
  });
});
