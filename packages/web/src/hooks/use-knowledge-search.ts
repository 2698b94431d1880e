import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useCallback, useEffect } from 'react';
import { rememberSearch } from '../lib/last-search.ts';
import type { KnowledgeSearch, SearchFacet } from '../routes/knowledge-search.ts';

const searchRoute = getRouteApi('/search');

/** The search page's URL state and the ways to change it. */
export interface KnowledgeSearchState {
  readonly search: KnowledgeSearch;
  /** A new query (and language), from the first page, keeping the facets. */
  readonly setQuery: (q: string, lang: string | undefined) => void;
  /** Sets or clears one facet, back to the first page. */
  readonly setFacet: (facet: SearchFacet, value: string | undefined) => void;
  readonly clearFacets: () => void;
}

/**
 * Reads and writes the search page's state in the URL, so a search can be shared; remembers it
 * for the way back from a result.
 */
export function useKnowledgeSearch(): KnowledgeSearchState {
  const search = searchRoute.useSearch();
  const navigate = useNavigate();
  useEffect(() => rememberSearch(search), [search]);
  const go = useCallback(
    (next: KnowledgeSearch) => void navigate({ to: '/search', search: next }),
    [navigate],
  );
  const setQuery = useCallback(
    (q: string, lang: string | undefined) => {
      const { page: _page, q: _q, lang: _lang, ...facets } = search;
      go({ ...facets, ...(q.trim() ? { q: q.trim() } : {}), ...(lang ? { lang } : {}) });
    },
    [go, search],
  );
  const setFacet = useCallback(
    (facet: SearchFacet, value: string | undefined) => {
      const { page: _page, [facet]: _old, ...rest } = search;
      go({ ...rest, ...(value ? { [facet]: facet === 'goal' ? Number(value) : value } : {}) });
    },
    [go, search],
  );
  const clearFacets = useCallback(
    () =>
      go({ ...(search.q ? { q: search.q } : {}), ...(search.lang ? { lang: search.lang } : {}) }),
    [go, search],
  );
  return { search, setQuery, setFacet, clearFacets };
}
