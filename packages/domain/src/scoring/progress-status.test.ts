import { describe, expect, it } from 'vitest';
import { progressStatus } from './progress-status';
import type { YearValue } from './types';

const series = (base: number, latest: number, latestYear = 2020): YearValue[] => [
  { year: 2015, value: base },
  { year: latestYear, value: latest },
];

describe('progressStatus without a target', () => {
  it('bands the directed yearly growth at 1.5% and 0.5%', () => {
    const status = (latest: number) =>
      progressStatus(series(100, latest), { direction: 'higher' }).status;
    expect(status(110)).toBe('on_track'); // ≈ 1.9% a year
    expect(status(104)).toBe('acceleration_needed'); // ≈ 0.8%
    expect(status(101)).toBe('limited_progress'); // ≈ 0.2%
    expect(status(100)).toBe('limited_progress');
    expect(status(95)).toBe('deterioration');
  });

  it('returns the growth rate signed by the desired direction', () => {
    const lower = progressStatus(series(100, 90), { direction: 'lower' });
    expect(lower.value).toBeCloseTo(-((90 / 100) ** (1 / 5) - 1), 12);
    expect(lower.status).toBe('on_track');
    expect(progressStatus(series(100, 110), { direction: 'lower' }).status).toBe('deterioration');
  });

  it('takes the first year from the base year on, and the latest year', () => {
    const points = [
      { year: 2012, value: 1 },
      { year: 2016, value: 100 },
      { year: 2021, value: 110 },
      { year: 2018, value: 50 },
    ];
    const result = progressStatus(points, { direction: 'higher' });
    expect(result.value).toBeCloseTo((110 / 100) ** (1 / 5) - 1, 12);
  });

  it('handles all-negative values by flipping the direction, as Open SDG does', () => {
    const rising = progressStatus(series(-100, -90), { direction: 'higher' });
    expect(rising.status).toBe('on_track');
    expect(rising.value).toBeGreaterThan(0);
  });
});

describe('progressStatus with a target', () => {
  // From 50 in 2015 to 100 in 2030 needs 2^(1/15) − 1 ≈ 4.7% a year.
  const required = 2 ** (1 / 15) - 1;
  const target = { value: 100 };
  const after5Years = (shareOfPace: number) => 50 * (1 + shareOfPace * required) ** 5;
  const status = (latest: number) =>
    progressStatus(series(50, latest), { direction: 'higher', target }).status;

  it('bands R = observed / required growth at 0.95, 0.6 and 0', () => {
    expect(status(after5Years(1))).toBe('on_track');
    expect(status(after5Years(0.96))).toBe('on_track');
    expect(status(after5Years(0.8))).toBe('acceleration_needed');
    expect(status(after5Years(0.3))).toBe('limited_progress');
    expect(status(45)).toBe('deterioration');
  });

  it('returns R', () => {
    const result = progressStatus(series(50, after5Years(0.8)), { direction: 'higher', target });
    // The latest value was built to grow at 0.8 of the required rate.
    expect(result.value).toBeCloseTo(0.8, 12);
  });

  it('reports the target achieved once the latest value reaches it, in either direction', () => {
    expect(status(100)).toBe('target_achieved');
    const lower = progressStatus(series(50, 19), { direction: 'lower', target: { value: 20 } });
    expect(lower.status).toBe('target_achieved');
  });

  it('uses the target year when given', () => {
    const by2020 = progressStatus(series(50, after5Years(1)), {
      direction: 'higher',
      target: { value: 100, year: 2020 },
    });
    expect(by2020.status).toBe('limited_progress');
  });

  it('calls any move away from a target equal to the base value deterioration', () => {
    const result = progressStatus(series(50, 45), { direction: 'higher', target: { value: 50 } });
    expect(result.status).toBe('deterioration');
  });
});

describe('progressStatus when growth is undefined', () => {
  it('is insufficient with fewer than two years', () => {
    expect(progressStatus([{ year: 2020, value: 5 }], { direction: 'higher' }).status).toBe(
      'insufficient',
    );
    expect(progressStatus(series(5, 6, 2015), { direction: 'higher' }).status).toBe('insufficient');
  });

  it('is insufficient with a zero or a change of sign', () => {
    const higher = { direction: 'higher' } as const;
    expect(progressStatus(series(0, 5), higher)).toEqual({ status: 'insufficient', value: null });
    expect(progressStatus(series(-5, 5), higher).status).toBe('insufficient');
    expect(progressStatus(series(5, 0), higher).status).toBe('insufficient');
    const belowZero = { direction: 'lower', target: { value: -1 } } as const;
    expect(progressStatus(series(5, 4), belowZero).status).toBe('insufficient');
  });

  it('is insufficient when the target year is not after the base year', () => {
    const result = progressStatus(series(5, 6), {
      direction: 'higher',
      target: { value: 10, year: 2015 },
    });
    expect(result.status).toBe('insufficient');
  });
});
