import { keepPreviousData, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { fetchCities } from '../api/cities.api.ts';
import type { City } from '../api/types.ts';
import { useLanguage } from './use-language.ts';

/** How many cities a picker offers at once. */
const optionCount = 8;

/** Cities whose name matches what was typed (two letters at least), for a city picker. */
export function useCityOptions(text: string): UseQueryResult<readonly City[]> {
  const { language } = useLanguage();
  const q = text.trim();
  return useQuery({
    queryKey: ['cities', 'options', q, language],
    queryFn: ({ signal }) =>
      fetchCities({ q, limit: optionCount, offset: 0, sort: 'population' }, language, signal),
    select: (page) => page.items,
    enabled: q.length >= 2,
    placeholderData: keepPreviousData,
  });
}
