/** Mean Earth radius in kilometres (IUGG), the usual radius for haversine distances. */
export const EARTH_RADIUS_KM = 6371.0088;

/** A point in WGS 84 degrees. */
export interface LatLng {
  /** Degrees north, −90 to 90. */
  readonly latitude: number;
  /** Degrees east, −180 to 180. */
  readonly longitude: number;
}

const toRadians = (degrees: number): number => (degrees * Math.PI) / 180;

/**
 * Great-circle distance between two points in kilometres (haversine formula on a sphere; within
 * 0.5 % of the ellipsoidal distance, plenty for matching cities).
 * @example haversineKm({ latitude: 0, longitude: 0 }, { latitude: 0, longitude: 1 }) // ≈ 111.2
 */
export function haversineKm(a: LatLng, b: LatLng): number {
  const dLat = toRadians(b.latitude - a.latitude);
  const dLng = toRadians(b.longitude - a.longitude);
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(toRadians(a.latitude)) * Math.cos(toRadians(b.latitude)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}
