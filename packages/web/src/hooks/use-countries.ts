import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { fetchCountries, fetchCountryOutlines } from '../api/countries.api.ts';
import type { Country, CountryOutlines } from '../api/types.ts';
import { queryKeys } from './query-keys.ts';
import { useLanguage } from './use-language.ts';

/** The ASEAN member states, names in the interface language. */
export function useCountries(): UseQueryResult<readonly Country[]> {
  const { language } = useLanguage();
  return useQuery({
    queryKey: queryKeys.countries(language),
    queryFn: ({ signal }) => fetchCountries(language, signal),
    select: (list) => list.items,
  });
}

/** Country outlines for the maps; they never change while the app runs. */
export function useCountryOutlines(): UseQueryResult<CountryOutlines> {
  return useQuery({
    queryKey: queryKeys.countryOutlines(),
    queryFn: ({ signal }) => fetchCountryOutlines(signal),
    staleTime: Infinity,
  });
}
