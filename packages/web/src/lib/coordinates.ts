/** Which hemisphere a coordinate lies in, as compass words. */
export type CompassPoint = 'north' | 'south' | 'east' | 'west';

/** One coordinate split into its unsigned value and compass point. */
export interface CompassCoordinate {
  /** Decimal degrees, never negative. */
  readonly value: number;
  readonly point: CompassPoint;
}

/**
 * Splits signed WGS 84 decimal degrees into compass form, for display as "11.5625° N".
 *
 * @example
 * toCompass(-8.65, 115.21) // [{ value: 8.65, point: 'south' }, { value: 115.21, point: 'east' }]
 */
export function toCompass(
  latitude: number,
  longitude: number,
): readonly [CompassCoordinate, CompassCoordinate] {
  return [
    { value: Math.abs(latitude), point: latitude < 0 ? 'south' : 'north' },
    { value: Math.abs(longitude), point: longitude < 0 ? 'west' : 'east' },
  ];
}
