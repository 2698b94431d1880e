import { useQueries, useQuery, type UseQueryResult } from '@tanstack/react-query';
import {
  fetchCityObservations,
  fetchCityTargets,
  fetchCountryObservations,
  fetchSeries,
} from '../api/observations.api.ts';
import type {
  CityTarget,
  Observation,
  ObservationList,
  ObservationView,
  Series,
} from '../api/observation-types.ts';
import { queryKeys } from './query-keys.ts';

/** A city's values: approved ones, or drafts too for its team (`working`). */
export function useCityObservations(
  slug: string,
  view: ObservationView,
  series?: string,
): UseQueryResult<ObservationList> {
  return useQuery({
    queryKey: queryKeys.cityObservations(slug, view, series),
    queryFn: ({ signal }) =>
      fetchCityObservations(slug, { view, ...(series ? { series } : {}) }, signal),
    staleTime: view === 'working' ? 0 : undefined,
  });
}

/** Series descriptions (name, unit, decimals) by code; missing ones while they load. */
export function useSeriesInfo(codes: readonly string[]): ReadonlyMap<string, Series> {
  const results = useQueries({
    queries: codes.map((code) => ({
      queryKey: queryKeys.series(code),
      queryFn: ({ signal }: { signal: AbortSignal }) => fetchSeries(code, signal),
      staleTime: Infinity,
    })),
  });
  const found = new Map<string, Series>();
  for (const result of results) if (result.data) found.set(result.data.code, result.data);
  return found;
}

/** One series description. */
export function useSeries(code: string | undefined): UseQueryResult<Series> {
  return useQuery({
    queryKey: queryKeys.series(code ?? ''),
    queryFn: ({ signal }) => fetchSeries(code ?? '', signal),
    enabled: Boolean(code),
    staleTime: Infinity,
  });
}

/** A country's published values of some series, for comparison beside a city's. */
export function useCountryObservations(
  iso3: string,
  codes: readonly string[],
): UseQueryResult<readonly Observation[]> {
  const series = [...codes].sort().join(',');
  return useQuery({
    queryKey: queryKeys.countryObservations(iso3, series),
    queryFn: ({ signal }) => fetchCountryObservations(iso3, series, signal),
    select: (list) => list.items,
    enabled: series !== '',
  });
}

/** A city's own targets and baselines. */
export function useCityTargets(slug: string): UseQueryResult<readonly CityTarget[]> {
  return useQuery({
    queryKey: queryKeys.cityTargets(slug),
    queryFn: ({ signal }) => fetchCityTargets(slug, signal),
    select: (list) => list.items,
  });
}
