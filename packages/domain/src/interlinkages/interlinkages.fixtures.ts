import type { InterlinkageObservation, InterlinkageSeries } from './types';

/** A catalogue entry for tests: series "S1" of target "1.1", higher is better, unless overridden. */
export function buildSeries(overrides: Partial<InterlinkageSeries> = {}): InterlinkageSeries {
  return { series: 'S1', target: '1.1', direction: 'higher', ...overrides };
}

/**
 * Observations of one series in one unit for consecutive years from `firstYear`; a null value
 * is a year with no observation.
 */
export function buildObservations(
  unit: string,
  series: string,
  values: readonly (number | null)[],
  firstYear = 2001,
): InterlinkageObservation[] {
  return values.flatMap((value, k) =>
    value === null ? [] : [{ unit, series, year: firstYear + k, value }],
  );
}

/** A seeded pseudo-random generator (mulberry32) in [0, 1), so random tests are repeatable. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
