import { ValidationError } from '../errors';
import { normalise } from './normalise';
import type { CodebookEntry } from './types';

/** How far one indicator of one unit is from its 2030 end value. */
export interface DistanceToTarget {
  /** 0–100: 100 at or beyond the end value, 0 at or beyond the lower bound. */
  readonly score: number;
  /** `100 − score`: points still to go, 0–100. */
  readonly distance: number;
  /** The end value used, in the indicator's unit: the city's target, else the optimum. */
  readonly endValue: number;
}

/**
 * Distance to the 2030 end value, after the OECD's territorial approach to the SDGs (METHODS §4):
 * the value is placed on a 0–100 scale running from the indicator's lower bound (0) to the end
 * value (100), which is the city's own target where set, else the codebook optimum; the distance
 * is what is left, `100 − score`. With no city target the score equals the SDSN score. Show it
 * beside the SDSN score, not instead of it. Throws a ValidationError when a city target is not
 * finite or does not lie on the optimum's side of the lower bound.
 * @example distanceToTarget(30, { optimum: 100, lowerBound: 0 }, 60) // { score: 50, distance: 50, endValue: 60 }
 */
export function distanceToTarget(
  value: number,
  entry: Pick<CodebookEntry, 'optimum' | 'lowerBound'>,
  cityTarget?: number,
): DistanceToTarget {
  const endValue = cityTarget ?? entry.optimum;
  const towardsOptimum = Math.sign(entry.optimum - entry.lowerBound);
  if (!Number.isFinite(endValue) || Math.sign(endValue - entry.lowerBound) !== towardsOptimum) {
    throw new ValidationError('The city target cannot be scored', [
      { field: 'cityTarget', message: 'must lie beyond the lower bound, on the optimum side' },
    ]);
  }
  const score = normalise(value, { optimum: endValue, lowerBound: entry.lowerBound });
  return { score, distance: 100 - score, endValue };
}

/**
 * Goal distance to target: the mean of its headline indicators' distances (0–100 each); null
 * when none is available.
 * @example goalDistanceToTarget([10, 30]) // 20
 */
export function goalDistanceToTarget(distances: readonly number[]): number | null {
  if (distances.length === 0) return null;
  let sum = 0;
  for (const distance of distances) sum += distance;
  return sum / distances.length;
}
