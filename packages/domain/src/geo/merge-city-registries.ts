import type { City, CitySource, NaturalEarthPlaceRecord, SimplemapsCityRecord } from './city';
import { readNaturalEarthPlace, readSimplemapsCity } from './city-records';
import type { SourcePlace } from './city-records';
import type { CityGroup } from './city-group';
import {
  closeTogether,
  compareText,
  groupRecords,
  primaryRecord,
  recordSimilarity,
} from './city-group';
import { uniqueSlugs } from './city-slugs';
import { foldDuplicates } from './fold-duplicates';
import { NAME_SIMILARITY_THRESHOLD } from './name-similarity';

export { CITY_MATCH_RADIUS_KM } from './city-group';

interface Candidate {
  readonly naturalEarth: SourcePlace;
  readonly simplemaps: SourcePlace;
  readonly score: number;
  readonly distanceKm: number;
}

function findCandidates(ne: readonly SourcePlace[], sm: readonly SourcePlace[]): Candidate[] {
  const candidates: Candidate[] = [];
  for (const naturalEarth of ne) {
    for (const simplemaps of sm) {
      const distanceKm = closeTogether(naturalEarth, simplemaps);
      if (distanceKm === undefined) continue;
      const score = recordSimilarity(naturalEarth, simplemaps);
      if (score >= NAME_SIMILARITY_THRESHOLD) {
        candidates.push({ naturalEarth, simplemaps, score, distanceKm });
      }
    }
  }
  // Best match first: most similar name, then nearest; record keys make ties deterministic.
  return candidates.sort(
    (a, b) =>
      b.score - a.score ||
      a.distanceKm - b.distanceKm ||
      compareText(a.naturalEarth.sortKey, b.naturalEarth.sortKey) ||
      compareText(a.simplemaps.sortKey, b.simplemaps.sortKey),
  );
}

/** Pairs records across the two lists, each record at most once, best candidates first. */
function matchAcrossLists(ne: readonly SourcePlace[], sm: readonly SourcePlace[]): CityGroup[] {
  const used = new Set<SourcePlace>();
  const groups: CityGroup[] = [];
  for (const c of findCandidates(ne, sm)) {
    if (used.has(c.naturalEarth) || used.has(c.simplemaps)) continue;
    used.add(c.naturalEarth).add(c.simplemaps);
    groups.push({ simplemaps: [c.simplemaps], naturalEarth: [c.naturalEarth] });
  }
  for (const p of ne) if (!used.has(p)) groups.push({ simplemaps: [], naturalEarth: [p] });
  for (const p of sm) if (!used.has(p)) groups.push({ simplemaps: [p], naturalEarth: [] });
  return groups;
}

function firstOf<T>(places: readonly SourcePlace[], pick: (p: SourcePlace) => T | null) {
  for (const p of places) {
    const value = pick(p);
    if (value !== null) return value;
  }
  return null;
}

/**
 * One city from its records. simplemaps wins for names, province, coordinates (4 decimals, city
 * centres) and population (more recent, ~2019); Natural Earth fills what simplemaps lacks and
 * alone gives the GeoNames and Wikidata ids. The capital flag is the highest any record gives.
 */
function buildCity(g: CityGroup): Omit<City, 'slug'> {
  const records = groupRecords(g);
  const p = primaryRecord(g);
  const smPopulation = firstOf(g.simplemaps, (r) => r.population);
  const nePopulation = firstOf(g.naturalEarth, (r) => r.population);
  const capital = records.some((r) => r.capital === 'national')
    ? 'national'
    : records.some((r) => r.capital === 'provincial')
      ? 'provincial'
      : null;
  const sources = [...new Set<CitySource>(records.map((r) => r.source))].sort();
  return {
    name: p.name,
    asciiName: p.asciiName,
    countryIso3: p.countryIso3,
    province: firstOf(records, (r) => r.province),
    latitude: p.latitude,
    longitude: p.longitude,
    population: smPopulation ?? nePopulation,
    populationSource:
      smPopulation !== null ? 'simplemaps' : nePopulation !== null ? 'natural-earth' : null,
    capital,
    geonamesId: firstOf(g.naturalEarth, (r) => r.geonamesId),
    wikidataId: firstOf(g.naturalEarth, (r) => r.wikidataId),
    simplemapsId: firstOf(g.simplemaps, (r) => r.simplemapsId),
    sources,
  };
}

function cityOrder(c: Omit<City, 'slug'>): string {
  return [
    c.countryIso3,
    c.asciiName,
    c.province ?? '',
    c.latitude,
    c.longitude,
    c.simplemapsId ?? '',
    c.geonamesId ?? '',
  ].join('|');
}

/**
 * Merges the Natural Earth populated places and the simplemaps cities into one registry. Two
 * records are the same city when they share the country, lie within `CITY_MATCH_RADIUS_KM`
 * (haversine) and have similar names (`nameSimilarity` ≥ `NAME_SIMILARITY_THRESHOLD`: equal
 * once normalised, one inside the other, or Jaro–Winkler ≥ 0.85). Pairs are taken best first
 * (most similar, then nearest) and each record is matched at most once. What is then still
 * twice is folded into one city (`foldDuplicates`): a simplemaps record copied from a Natural
 * Earth one under another name (same point, same population: "Makassar" = "Ujungpandang"), and
 * a list's own exact duplicates nearby. Cities come sorted by country and name, each with a
 * unique slug (`uniqueSlugs` over name, country, province). The result does not depend on the
 * order of the input.
 * @throws CityDataError when a record's coordinates are not numbers
 */
export function mergeCityRegistries(
  naturalEarth: readonly NaturalEarthPlaceRecord[],
  simplemaps: readonly SimplemapsCityRecord[],
): City[] {
  const bySortKey = (a: SourcePlace, b: SourcePlace) => compareText(a.sortKey, b.sortKey);
  const ne = naturalEarth.map(readNaturalEarthPlace).sort(bySortKey);
  const sm = simplemaps.map(readSimplemapsCity).sort(bySortKey);
  const cities = foldDuplicates(matchAcrossLists(ne, sm))
    .map(buildCity)
    .sort((a, b) => compareText(cityOrder(a), cityOrder(b)));
  const slugs = uniqueSlugs(cities.map((c) => [c.asciiName, c.countryIso3, c.province ?? '']));
  return cities.map((c, i) => ({ slug: slugs[i] ?? '', ...c }));
}
