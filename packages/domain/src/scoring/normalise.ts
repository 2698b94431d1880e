import type { CodebookEntry, ScoringDirection } from './types';

/** The parts of a codebook entry that normalisation reads. */
export type NormalisationBounds = Pick<CodebookEntry, 'optimum' | 'lowerBound'>;

/**
 * SDSN normalisation (METHODS §1): `100 × (x − lowerBound) / (optimum − lowerBound)`, clamped to
 * [0, 100]. The same formula serves "lower is better" indicators, whose optimum is below their
 * lower bound. Returns a score 0–100 (100 = at or beyond the optimum).
 * @example normalise(5, { optimum: 0, lowerBound: 20 }) // 75
 */
export function normalise(value: number, entry: NormalisationBounds): number {
  const score = (100 * (value - entry.lowerBound)) / (entry.optimum - entry.lowerBound);
  if (score <= 0) return 0;
  return score >= 100 ? 100 : score;
}

/** The green and red thresholds of an indicator on its 0–100 score scale. */
export interface NormalisedThresholds {
  /** `g*`: the green threshold normalised, 0–100. */
  readonly green: number;
  /** `r*`: the red threshold normalised, 0–100. */
  readonly red: number;
}

/**
 * Normalises an indicator's green and red thresholds with its own formula (METHODS §2 step 1),
 * giving `g*` and `r*` on the 0–100 scale.
 * @example normalisedThresholds({ optimum: 0, lowerBound: 20, green: 2, red: 10 }) // { green: 90, red: 50 }
 */
export function normalisedThresholds(
  entry: Pick<CodebookEntry, 'optimum' | 'lowerBound' | 'green' | 'red'>,
): NormalisedThresholds {
  return { green: normalise(entry.green, entry), red: normalise(entry.red, entry) };
}

/**
 * Which way is better, for display: the entry's own `direction` when set, else inferred from the
 * bounds (an optimum below the lower bound means lower is better).
 */
export function scoringDirection(
  entry: Pick<CodebookEntry, 'optimum' | 'lowerBound' | 'direction'>,
): ScoringDirection {
  return entry.direction ?? (entry.optimum < entry.lowerBound ? 'lower' : 'higher');
}
