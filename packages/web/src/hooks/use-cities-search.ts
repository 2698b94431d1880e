import { getRouteApi } from '@tanstack/react-router';
import { useCallback, useMemo } from 'react';
import type { CityStage } from '../api/types.ts';
import { hasFilters, type CitiesSearch } from '../routes/cities-search.ts';

const citiesRoute = getRouteApi('/cities');

/** The city list's search state from the URL, and the ways to change it. */
export interface CitiesSearchState {
  readonly search: CitiesSearch;
  readonly filtered: boolean;
  readonly setQuery: (q: string) => void;
  readonly setCountry: (country: string | undefined) => void;
  readonly setStage: (stage: CityStage | undefined) => void;
  readonly setPage: (page: number) => void;
  readonly clear: () => void;
}

/**
 * Reads and writes the search state in the URL query, so a search can be bookmarked, shared
 * and walked back with the browser. Any filter change returns to the first page; typing
 * replaces the history entry rather than adding one per keystroke.
 */
export function useCitiesSearch(): CitiesSearchState {
  const search = citiesRoute.useSearch();
  const navigate = citiesRoute.useNavigate();

  const update = useCallback(
    (patch: CitiesSearch, replace = false) =>
      void navigate({
        search: (previous) => ({ ...previous, ...patch }),
        replace,
        resetScroll: false,
      }),
    [navigate],
  );

  const setQuery = useCallback(
    (q: string) => update({ q: q || undefined, page: undefined }, true),
    [update],
  );

  return useMemo(
    () => ({
      search,
      filtered: hasFilters(search),
      setQuery,
      setCountry: (country) => update({ country, page: undefined }),
      setStage: (stage) => update({ stage, page: undefined }),
      setPage: (page) => update({ page: page > 1 ? page : undefined }),
      clear: () => void navigate({ search: {}, resetScroll: false }),
    }),
    [search, setQuery, update, navigate],
  );
}
