import { keepPreviousData, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { fetchCase, fetchRecommendations, fetchSearch } from '../api/knowledge.api.ts';
import type {
  CasePage,
  Recommendations,
  SearchQuery,
  SearchResponse,
} from '../api/knowledge-types.ts';

/** Cache keys of the knowledge API. */
export const knowledgeKeys = {
  search: (query: SearchQuery) => ['knowledge', 'search', query] as const,
  case: (id: string) => ['knowledge', 'case', id] as const,
  recommendations: (slug: string) => ['knowledge', 'recommendations', slug] as const,
};

/** Search results; asked only for a non-empty query, the previous page stays while loading. */
export function useSearchResults(query: SearchQuery): UseQueryResult<SearchResponse> {
  return useQuery({
    queryKey: knowledgeKeys.search(query),
    queryFn: ({ signal }) => fetchSearch(query, signal),
    enabled: query.q.trim() !== '',
    placeholderData: keepPreviousData,
  });
}

/** A case with its language versions and replications. */
export function useCase(id: string): UseQueryResult<CasePage> {
  return useQuery({
    queryKey: knowledgeKeys.case(id),
    queryFn: ({ signal }) => fetchCase(id, signal),
  });
}

/** Cases a city could replicate. */
export function useRecommendations(slug: string): UseQueryResult<Recommendations> {
  return useQuery({
    queryKey: knowledgeKeys.recommendations(slug),
    queryFn: ({ signal }) => fetchRecommendations(slug, signal),
  });
}
