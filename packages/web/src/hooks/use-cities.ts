import { keepPreviousData, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { fetchCities, fetchCity, fetchCityPoints, type CityListQuery } from '../api/cities.api.ts';
import type { City, CityPoints, Page } from '../api/types.ts';
import { queryKeys } from './query-keys.ts';
import { useLanguage } from './use-language.ts';

/** One page of the city list; the previous page stays on screen while the next one loads. */
export function useCities(query: CityListQuery): UseQueryResult<Page<City>> {
  const { language } = useLanguage();
  return useQuery({
    queryKey: queryKeys.cities(query, language),
    queryFn: ({ signal }) => fetchCities(query, language, signal),
    placeholderData: keepPreviousData,
  });
}

/** One city by slug; the error is a 404 ApiError for an unknown slug. */
export function useCity(slug: string): UseQueryResult<City> {
  const { language } = useLanguage();
  return useQuery({
    queryKey: queryKeys.city(slug, language),
    queryFn: ({ signal }) => fetchCity(slug, language, signal),
  });
}

/** City points for the map, of one country or all. */
export function useCityPoints(country: string | undefined): UseQueryResult<CityPoints> {
  return useQuery({
    queryKey: queryKeys.cityPoints(country),
    queryFn: ({ signal }) => fetchCityPoints(country, signal),
    placeholderData: keepPreviousData,
  });
}
