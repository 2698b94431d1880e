import { keepPreviousData, useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { PeerGroupKind } from '@frontrunner/domain';
import {
  fetchAseanScores,
  fetchCityPeers,
  fetchCityScores,
  fetchCountryScores,
  fetchScoringMethod,
} from '../api/scores.api.ts';
import type { CityPeers, CityScores, RollUp, ScoringMethod } from '../api/scores-types.ts';

/** Cache keys of the scores queries (kept here, apart from the shared key list). */
export const scoreKeys = {
  city: (slug: string) => ['scores', 'city', slug] as const,
  peers: (slug: string, group: PeerGroupKind) => ['scores', 'peers', slug, group] as const,
  country: (iso3: string) => ['scores', 'country', iso3] as const,
  asean: () => ['scores', 'asean'] as const,
  method: () => ['scores', 'method'] as const,
};

/** A city's dashboard: index, goal tiles, indicators. */
export function useCityScores(slug: string): UseQueryResult<CityScores> {
  return useQuery({
    queryKey: scoreKeys.city(slug),
    queryFn: ({ signal }) => fetchCityScores(slug, signal),
  });
}

/** A city beside its peers of one group kind; the previous group stays while the next loads. */
export function useCityPeers(slug: string, group: PeerGroupKind): UseQueryResult<CityPeers> {
  return useQuery({
    queryKey: scoreKeys.peers(slug, group),
    queryFn: ({ signal }) => fetchCityPeers(slug, group, signal),
    placeholderData: keepPreviousData,
    retry: false,
  });
}

/** A country's roll-up; pass undefined to wait. */
export function useCountryScores(iso3: string | undefined): UseQueryResult<RollUp> {
  return useQuery({
    queryKey: scoreKeys.country(iso3 ?? ''),
    queryFn: ({ signal }) => fetchCountryScores(iso3 ?? '', signal),
    enabled: Boolean(iso3),
  });
}

/** ASEAN's roll-up. */
export function useAseanScores(): UseQueryResult<RollUp> {
  return useQuery({
    queryKey: scoreKeys.asean(),
    queryFn: ({ signal }) => fetchAseanScores(signal),
  });
}

/** The scoring method in plain words; it changes only with a release. */
export function useScoringMethod(): UseQueryResult<ScoringMethod> {
  return useQuery({
    queryKey: scoreKeys.method(),
    queryFn: ({ signal }) => fetchScoringMethod(signal),
    staleTime: Infinity,
  });
}
