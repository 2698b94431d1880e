import { describe, expect, it } from 'vitest';
import { pointRadius } from './map-style.ts';

describe('pointRadius', () => {
  it('grows with the order of magnitude of the population', () => {
    expect(pointRadius(10_000)).toBe(3);
    expect(pointRadius(1_000_000)).toBe(7);
    expect(pointRadius(10_000_000)).toBe(9);
  });

  it('stays between 3 and 10 pixels', () => {
    expect(pointRadius(50)).toBe(3);
    expect(pointRadius(1e12)).toBe(10);
  });

  it('draws cities of unknown population at the smallest size', () => {
    expect(pointRadius(null)).toBe(3);
    expect(pointRadius(0)).toBe(3);
  });
});
