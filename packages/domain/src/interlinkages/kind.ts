import type { LinkKind } from './types';

/**
 * ρ is a ratio of rank sums, so a pair whose exact ρ equals the threshold can come out a few
 * ulps below it; within this distance a value counts as on the threshold.
 */
const ROUNDING_SLACK = 1e-12;

/** Whether |ρ| reaches the threshold, so the pair is a link (synergy or trade-off). */
export function isStrongLink(rho: number | null, threshold: number): boolean {
  return rho !== null && Math.abs(rho) >= threshold - ROUNDING_SLACK;
}

/**
 * Classifies ρ (METHODS §5): `synergy` when ρ ≥ threshold, `trade-off` when ρ ≤ −threshold,
 * `none` otherwise, including an undefined ρ. Both boundaries are inclusive.
 *
 * @example classifyLink(0.6, 0.6) // 'synergy'
 */
export function classifyLink(rho: number | null, threshold: number): LinkKind {
  if (!isStrongLink(rho, threshold)) return 'none';
  return (rho as number) > 0 ? 'synergy' : 'trade-off';
}
