import { describe, expect, it } from 'vitest';
import { buildCodebookEntry } from './codebook.factory';
import { goalTrend, sdsnTrend, sdsnTrendRatio, trendRatio } from './sdsn-trend';
import type { YearValue } from './types';

// Scores equal values here (optimum 100, lower bound 0); g* = 80. From 40 in 2015 the pace
// needed is (80 − 40) / 15 = 8/3 points a year.
const entry = buildCodebookEntry();
const from2015 = (latest: number, year = 2020): YearValue[] => [
  { year: 2015, value: 40 },
  { year, value: latest },
];

describe('sdsnTrend', () => {
  it('is ↑ when the observed pace reaches the pace needed to be green by 2030', () => {
    // 14 points in 5 years = 2.8 a year ≥ 8/3.
    expect(sdsnTrend(from2015(54), entry, 2020)).toBe('↑');
  });

  it('is ↑ when the latest score is green, even if it fell', () => {
    const points = [
      { year: 2015, value: 95 },
      { year: 2020, value: 82 },
    ];
    expect(sdsnTrend(points, entry, 2020)).toBe('↑');
  });

  it('is ➚ above half the pace needed', () => {
    // 2 a year = 0.75 of the pace needed.
    expect(sdsnTrend(from2015(50), entry, 2020)).toBe('➚');
  });

  it('is → from no change up to half the pace needed', () => {
    // 4/3 a year is exactly half: not more than half.
    expect(sdsnTrend(from2015(40 + 20 / 3), entry, 2020)).toBe('→');
    expect(sdsnTrend(from2015(40), entry, 2020)).toBe('→');
  });

  it('is ↓ when the score fell', () => {
    expect(sdsnTrend(from2015(35), entry, 2020)).toBe('↓');
  });

  it('is ↓ when a unit green at the start has fallen below green (needed ≤ 0)', () => {
    const points = [
      { year: 2015, value: 90 },
      { year: 2020, value: 70 },
    ];
    expect(sdsnTrendRatio(points, entry, 2020)).toBe(-1);
    expect(sdsnTrend(points, entry, 2020)).toBe('↓');
  });

  it('is • with fewer than two years in the window', () => {
    expect(sdsnTrend([{ year: 2020, value: 50 }], entry, 2020)).toBe('•');
    const beforeWindow = [
      { year: 2014, value: 10 },
      { year: 2020, value: 50 },
    ];
    expect(sdsnTrend(beforeWindow, entry, 2020)).toBe('•');
    expect(sdsnTrend(from2015(54), entry, 2015)).toBe('•');
  });

  it('uses the entry’s own trend window and ignores points after the latest year', () => {
    const points = [
      { year: 2015, value: 70 },
      { year: 2018, value: 40 },
      { year: 2022, value: 60 },
      { year: 2024, value: 10 },
    ];
    // From 2018: needed 40/12, observed 20/4 = 5 a year.
    expect(sdsnTrend(points, buildCodebookEntry({ trendFrom: 2018 }), 2022)).toBe('↑');
    expect(sdsnTrend(points, entry, 2022)).toBe('↓');
  });

  it('measures from the first year with data when the window’s first year is missing', () => {
    // Base 2018: needed 40/12 = 3.33, observed 13/4 = 3.25 → ➚. From 2015 it would be ↑.
    const points = [
      { year: 2018, value: 40 },
      { year: 2022, value: 53 },
    ];
    expect(sdsnTrendRatio(points, entry, 2022)).toBeCloseTo(3.25 / (40 / 12), 12);
    expect(sdsnTrend(points, entry, 2022)).toBe('➚');
  });

  it('reads a lower-is-better indicator through its scores', () => {
    const lower = buildCodebookEntry({ optimum: 0, lowerBound: 100, green: 20, red: 60 });
    const falling = [
      { year: 2015, value: 60 },
      { year: 2020, value: 40 },
    ];
    expect(sdsnTrend(falling, lower, 2020)).toBe('↑');
    const rising = falling.map(({ year }, i) => ({ year, value: falling[1 - i]?.value ?? 0 }));
    expect(sdsnTrend(rising, lower, 2020)).toBe('↓');
  });
});

describe('trendRatio', () => {
  it('is observed over needed, clamped to [−1, 1]', () => {
    const at = (endScore: number) =>
      trendRatio({ startYear: 2015, startScore: 40, endYear: 2020, endScore }, 80);
    expect(at(50)).toBeCloseTo(2 / (8 / 3), 12);
    expect(at(78)).toBe(1);
    expect(at(0)).toBe(-1);
  });

  it('has no trend for a base year of 2030 or later', () => {
    expect(trendRatio({ startYear: 2030, startScore: 40, endYear: 2032, endScore: 60 }, 80)).toBe(
      null,
    );
  });
});

describe('goalTrend', () => {
  it('is • when no indicator has a trend', () => {
    expect(goalTrend([])).toBe('•');
    expect(goalTrend([null, null])).toBe('•');
  });

  it('reads the mean of the indicator ratios with the indicator cut-offs', () => {
    expect(goalTrend([1, 1, null])).toBe('↑');
    expect(goalTrend([1, 0.2])).toBe('➚');
    expect(goalTrend([1, 0])).toBe('→');
    expect(goalTrend([0.2, -0.5])).toBe('↓');
  });

  it('agrees with the indicator arrow for a goal of one indicator', () => {
    for (const latest of [30, 40, 45, 50, 54, 85]) {
      const points = from2015(latest);
      expect(goalTrend([sdsnTrendRatio(points, entry, 2020)])).toBe(sdsnTrend(points, entry, 2020));
    }
  });

  it('does not let an indicator just below green swamp the others', () => {
    // From 79.9 the pace needed is tiny, so a fall of 10 points is a ratio of about −1,500.
    const nearGreen = sdsnTrendRatio(
      [
        { year: 2015, value: 79.9 },
        { year: 2020, value: 69.9 },
      ],
      entry,
      2020,
    );
    expect(nearGreen).toBe(-1);
    expect(goalTrend([nearGreen, 1, 1])).toBe('→');
  });
});
