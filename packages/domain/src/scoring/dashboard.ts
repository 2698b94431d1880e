import { normalisedThresholds, type NormalisedThresholds } from './normalise';
import type { CodebookEntry, DashboardColour } from './types';

type ThresholdFields = Pick<CodebookEntry, 'optimum' | 'lowerBound' | 'green' | 'red'>;

/**
 * Places a 0–100 score on SDSN's 0–4 dashboard scale, given the normalised thresholds: piecewise
 * linear through (0 → 0), (r* → 1), ((r* + g*)/2 → 2), (g* → 3), (100 → 4) (METHODS §2 step 2).
 * A score exactly at a breakpoint takes the breakpoint's value, and where two breakpoints
 * coincide (e.g. a red threshold equal to the lower bound, r* = 0) the higher value: the same
 * "at the threshold counts as reaching it" reading as the colour cut-offs. SDR 2025's
 * `sdg9_uni` (red threshold 0 = lower bound) needs this to reproduce the published colours.
 */
export function dashboardValueOnScale(score: number, thresholds: NormalisedThresholds): number {
  return dashboardValueOnBreakpoints(score, dashboardBreakpoints(thresholds));
}

/**
 * The five scores the 0–4 dashboard scale runs through: 0, r*, (r* + g*)/2, g*, 100. Compute
 * them once per indicator when placing many scores (see {@link dashboardValueOnBreakpoints}).
 */
export function dashboardBreakpoints(thresholds: NormalisedThresholds): readonly number[] {
  const r = thresholds.red;
  const g = thresholds.green;
  return [0, r, (r + g) / 2, g, 100];
}

/** {@link dashboardValueOnScale} with the breakpoints of {@link dashboardBreakpoints}. */
export function dashboardValueOnBreakpoints(score: number, breakpoints: readonly number[]): number {
  const s = score <= 0 ? 0 : score >= 100 ? 100 : score;
  for (let i = 1; i < breakpoints.length; i++) {
    const upper = breakpoints[i] as number;
    if (s < upper) {
      const lower = breakpoints[i - 1] as number;
      return i - 1 + (s - lower) / (upper - lower);
    }
  }
  return 4;
}

/**
 * An indicator score (0–100) on the 0–4 dashboard scale of its codebook entry: 0 at the lower
 * bound, 1 at the red threshold, 3 at the green threshold, 4 at the optimum.
 * @example dashboardValue(50, { optimum: 100, lowerBound: 0, green: 80, red: 40 }) // 1.5
 */
export function dashboardValue(score: number, entry: ThresholdFields): number {
  return dashboardValueOnScale(score, normalisedThresholds(entry));
}

/** Colour of a 0–4 dashboard value: < 1 red, [1, 2) orange, [2, 3) yellow, ≥ 3 green. */
export function colourOfDashboardValue(value: number): Exclude<DashboardColour, 'grey'> {
  if (value < 1) return 'red';
  if (value < 2) return 'orange';
  return value < 3 ? 'yellow' : 'green';
}

/**
 * Dashboard colour of one indicator score (0–100) under its codebook entry; grey when the
 * score is missing.
 */
export function indicatorColour(score: number | null, entry: ThresholdFields): DashboardColour {
  return score === null ? 'grey' : colourOfDashboardValue(dashboardValue(score, entry));
}

/**
 * Goal colour from the 0–4 dashboard values of its scored indicators (METHODS §2 steps 3–4):
 * average the two lowest (a lone indicator counts twice) and colour the average, except that
 * the goal is red only if both are red (else orange) and green only if both are green (else
 * yellow). No values: grey.
 * @example goalColour([0.5, 1.2, 3.8]) // 'orange' (average 0.85, but 1.2 is not red)
 */
export function goalColour(values: readonly number[]): DashboardColour {
  let lowest = Infinity;
  let second = Infinity;
  for (const value of values) {
    if (value < lowest) {
      second = lowest;
      lowest = value;
    } else if (value < second) {
      second = value;
    }
  }
  return goalColourOfTwoLowest(lowest, second);
}

/**
 * {@link goalColour} from the two lowest 0–4 values alone (Infinity where there is none), for
 * callers that track them as values arrive.
 */
export function goalColourOfTwoLowest(lowest: number, second: number): DashboardColour {
  if (lowest === Infinity) return 'grey';
  if (second === Infinity) second = lowest;
  const colour = colourOfDashboardValue((lowest + second) / 2);
  if (colour === 'red' && second >= 1) return 'orange';
  if (colour === 'green' && lowest < 3) return 'yellow';
  return colour;
}
