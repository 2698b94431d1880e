import type { CityStage } from '../api/types.ts';

/** Colour of a city point by programme stage (Okabe–Ito palette, safe for colour blindness). */
export const stageColours: Readonly<Record<CityStage, string>> = {
  none: '#767676',
  candidate: '#0072b2',
  model_city: '#009e73',
  frontrunner: '#d55e00',
};

/** Country outline styles; the selected country stands out from its neighbours. */
export const outlineStyle = {
  normal: { color: '#8c96a0', weight: 1, fillColor: '#f7f5f0', fillOpacity: 1 },
  selected: { color: '#3d4a57', weight: 2, fillColor: '#fffbea', fillOpacity: 1 },
} as const;

/**
 * Radius of a city point in pixels, growing with the logarithm of its population so that a
 * megacity does not hide its neighbours.
 *
 * @example
 * pointRadius(10_000) // 3
 * pointRadius(10_000_000) // 9
 */
export function pointRadius(population: number | null): number {
  if (population === null || population <= 0) return 3;
  const radius = 3 + 2 * (Math.log10(population) - 4);
  return Math.min(10, Math.max(3, radius));
}
