import { keepPreviousData, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { fetchSeriesList } from '../api/observations.api.ts';
import type { Series } from '../api/observation-types.ts';
import { queryKeys } from './query-keys.ts';

/** How many series a search offers. */
const resultCount = 12;

/** An SDG indicator number such as `11.6.1`. */
const INDICATOR = /^\d{1,2}\.[0-9a-z]{1,2}\.\d{1,2}$/i;

/**
 * Series matching what was typed (two characters at least): an indicator number (`11.6.1`)
 * lists that indicator's series; other text matches codes and names.
 */
export function useSeriesSearch(text: string): UseQueryResult<{
  readonly items: readonly Series[];
  readonly total: number;
}> {
  const q = text.trim();
  const byIndicator = INDICATOR.test(q);
  return useQuery({
    queryKey: queryKeys.seriesSearch(q),
    queryFn: ({ signal }) =>
      fetchSeriesList(
        byIndicator ? { indicator: q, limit: resultCount } : { q, limit: resultCount },
        signal,
      ),
    enabled: q.length >= 2,
    placeholderData: keepPreviousData,
    staleTime: Infinity,
  });
}
