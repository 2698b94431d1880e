import type { PeerGroupKind } from '@frontrunner/domain';
import { apiGet } from './client.ts';
import type { CityPeers, CityScores, RollUp, ScoringMethod } from './scores-types.ts';

const city = (slug: string) => `/cities/${encodeURIComponent(slug)}`;

/** A city's dashboard under the newest codebook. */
export function fetchCityScores(slug: string, signal?: AbortSignal): Promise<CityScores> {
  return apiGet(`${city(slug)}/scores`, { signal });
}

/** A city beside its peers of one group kind; 404 when it has no such group. */
export function fetchCityPeers(
  slug: string,
  group: PeerGroupKind,
  signal?: AbortSignal,
): Promise<CityPeers> {
  return apiGet(`${city(slug)}/peers`, { query: { group }, signal });
}

/** A country's scores rolled up from its cities'. */
export function fetchCountryScores(iso3: string, signal?: AbortSignal): Promise<RollUp> {
  return apiGet(`/countries/${encodeURIComponent(iso3)}/scores`, { signal });
}

/** ASEAN's scores rolled up from its countries'. */
export function fetchAseanScores(signal?: AbortSignal): Promise<RollUp> {
  return apiGet('/asean/scores', { signal });
}

/** The scoring method in plain words. */
export function fetchScoringMethod(signal?: AbortSignal): Promise<ScoringMethod> {
  return apiGet('/methods/scoring', { signal });
}
