import {
  haversineKm,
  nameSimilarity,
  NAME_SIMILARITY_THRESHOLD,
  type City,
  type LatLng,
} from '@frontrunner/domain';

/** How far a source's point may lie from the registry city it names. */
export const MATCH_RADIUS_KM = 20;

/**
 * A source's population may differ from the registry's (other year, other boundary), but not
 * by more than this factor: beyond it the source describes a wider area (a regency, a metro
 * region) than the registry's city, and its totals are not the city's.
 */
export const POPULATION_RATIO_LIMIT = 5;

/** What a source says about the place a value belongs to. */
export interface PlaceClaim {
  readonly iso3: string;
  readonly name: string;
  readonly point?: LatLng | undefined;
  /** Inhabitants the source reports, to check that it describes the same area. */
  readonly population?: number | undefined;
}

/** The registry city a claim names (`slug`), or why none was chosen (`problem`). */
export type MatchResult =
  | { readonly slug: string; readonly similarity: number; readonly distanceKm?: number }
  | { readonly problem: string };

interface Candidate {
  readonly city: City;
  readonly similarity: number;
  readonly distanceKm: number | undefined;
}

/**
 * Finds the registry city a source names: same country, a similar name (`nameSimilarity` of
 * the name or ASCII name at or above `NAME_SIMILARITY_THRESHOLD`), within `MATCH_RADIUS_KM`
 * of the source's point when it has one, and a population within `POPULATION_RATIO_LIMIT`
 * when both give one. The most similar name wins, then the nearest; a tie without a point to
 * break it is ambiguous and matches nothing.
 */
export function matchCity(registry: readonly City[], claim: PlaceClaim): MatchResult {
  const named: Candidate[] = registry
    .filter((c) => c.countryIso3 === claim.iso3)
    .map((city) => ({
      city,
      similarity: Math.max(
        nameSimilarity(claim.name, city.name),
        nameSimilarity(claim.name, city.asciiName),
      ),
      distanceKm: claim.point === undefined ? undefined : haversineKm(claim.point, city),
    }))
    .filter((c) => c.similarity >= NAME_SIMILARITY_THRESHOLD)
    .sort((a, b) => b.similarity - a.similarity || (a.distanceKm ?? 0) - (b.distanceKm ?? 0));
  if (named.length === 0) return { problem: `no ${claim.iso3} city named like "${claim.name}"` };
  const near = named.filter((c) => c.distanceKm === undefined || c.distanceKm <= MATCH_RADIUS_KM);
  const [best, second] = near;
  if (best === undefined) {
    const nearest = named[0] as Candidate;
    return {
      problem: `${nearest.city.slug} is ${Math.round(nearest.distanceKm ?? 0)} km from the source's point`,
    };
  }
  if (claim.point === undefined && second !== undefined && second.similarity === best.similarity) {
    return { problem: `ambiguous: ${best.city.slug} or ${second.city.slug}` };
  }
  const ratio =
    claim.population !== undefined && best.city.population !== null
      ? claim.population / best.city.population
      : 1;
  if (ratio > POPULATION_RATIO_LIMIT || ratio < 1 / POPULATION_RATIO_LIMIT) {
    return {
      problem: `reported population ${claim.population} against ${best.city.population} for ${best.city.slug}: another area`,
    };
  }
  return best.distanceKm === undefined
    ? { slug: best.city.slug, similarity: best.similarity }
    : { slug: best.city.slug, similarity: best.similarity, distanceKm: best.distanceKm };
}
