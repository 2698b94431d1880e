import type { SourcePlace } from './city-records';
import { haversineKm } from './distance';
import { nameSimilarity } from './name-similarity';

/** Two records farther apart than this, in kilometres, are never the same city. */
export const CITY_MATCH_RADIUS_KM = 20;

/** The records that make one city: simplemaps first, then Natural Earth, best match first. */
export interface CityGroup {
  readonly simplemaps: SourcePlace[];
  readonly naturalEarth: SourcePlace[];
}

/** Plain code-point order: unlike `localeCompare`, the same on every machine. */
export const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Name similarity of two records, the better of their own names and their ASCII names. */
export function recordSimilarity(a: SourcePlace, b: SourcePlace): number {
  return Math.max(nameSimilarity(a.name, b.name), nameSimilarity(a.asciiName, b.asciiName));
}

/** Distance in km when both records are in one country and within the radius, else undefined. */
export function closeTogether(a: SourcePlace, b: SourcePlace): number | undefined {
  if (a.countryIso3 !== b.countryIso3) return undefined;
  const distanceKm = haversineKm(a, b);
  return distanceKm <= CITY_MATCH_RADIUS_KM ? distanceKm : undefined;
}

/** The record that names the city: the first simplemaps record, else the first Natural Earth one. */
export function primaryRecord(g: CityGroup): SourcePlace {
  const p = g.simplemaps[0] ?? g.naturalEarth[0];
  if (p === undefined) throw new Error('a city group without records');
  return p;
}

/** All records of a group, simplemaps first. */
export const groupRecords = (g: CityGroup): SourcePlace[] => [...g.simplemaps, ...g.naturalEarth];
