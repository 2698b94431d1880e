import { describe, expect, it } from 'vitest';
import { peerLowerBounds } from './peer-bounds';

const higher = { series: 'water', optimum: 100, lowerBound: 10 };
const lower = { series: 'pm25', optimum: 5, lowerBound: 87 };
const options = { percentile: 2.5, minCities: 5 };

describe('peerLowerBounds', () => {
  it('takes the 2.5th percentile from the low end when higher is better, interpolating linearly', () => {
    const values = [50, 60, 70, 80, 90];
    // (n − 1) × 0.025 = 0.1: a tenth of the way from 50 to 60.
    const expected = values[0]! + 0.1 * (values[1]! - values[0]!);
    expect(peerLowerBounds([{ entry: higher, values }], options).bounds).toEqual([
      { series: 'water', lowerBound: expected, cities: 5 },
    ]);
  });

  it('takes it from the high end when lower is better', () => {
    const values = [12, 20, 30, 40, 60];
    // (n − 1) × 0.975 = 3.9: nine tenths of the way from 40 to 60.
    const expected = values[3]! + 0.9 * (values[4]! - values[3]!);
    const [bound] = peerLowerBounds([{ entry: lower, values }], options).bounds;
    expect(bound?.lowerBound).toBeCloseTo(expected, 12);
  });

  it('skips a series with too few cities, saying how many have a value', () => {
    const result = peerLowerBounds([{ entry: higher, values: [50, 60, 70, 80] }], options);
    expect(result.bounds).toEqual([]);
    expect(result.skipped).toEqual([
      { series: 'water', cities: 4, reason: '4 cities have a value; at least 5 are needed' },
    ]);
  });

  it('skips a series whose worst cities already reach the optimum', () => {
    const result = peerLowerBounds([{ entry: higher, values: [100, 100, 100, 100, 100] }], options);
    expect(result.bounds).toEqual([]);
    expect(result.skipped[0]?.reason).toMatch(/reaches the optimum/);
  });
});
