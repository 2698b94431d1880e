import type { InterlinkageDirection } from './types';

/** +1 when higher is better, −1 when lower is better: the factor that makes "up" desirable. */
export function directionSign(direction: InterlinkageDirection): 1 | -1 {
  return direction === 'lower' ? -1 : 1;
}

/**
 * Aligns a series so that "up" is desirable (METHODS §5): values of a series where lower is
 * better are multiplied by −1; others are returned unchanged (as a copy).
 *
 * @example alignDirection([3, 1], 'lower') // [-3, -1]
 */
export function alignDirection(
  values: readonly number[],
  direction: InterlinkageDirection,
): number[] {
  const sign = directionSign(direction);
  return values.map((value) => value * sign);
}
