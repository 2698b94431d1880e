import type { CodebookEntry } from './types';

/**
 * A codebook entry for tests and examples: higher is better, optimum 100, lower bound 0, green
 * 80 and red 40, so raw values and scores coincide (g* = 80, r* = 40). Override what matters.
 */
export function buildCodebookEntry(overrides: Partial<CodebookEntry> = {}): CodebookEntry {
  return {
    series: 'series_a',
    goal: 1,
    optimum: 100,
    green: 80,
    red: 40,
    lowerBound: 0,
    ...overrides,
  };
}
