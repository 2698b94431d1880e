import { apiGet } from './client.ts';
import type { CasePage, Recommendations, SearchQuery, SearchResponse } from './knowledge-types.ts';

/** Searches cases, projects, cities and indicators in any language. */
export function fetchSearch(query: SearchQuery, signal?: AbortSignal): Promise<SearchResponse> {
  return apiGet('/search', { query: { ...query }, signal });
}

/** A case with its language versions and replications; 404 for an unknown or private case. */
export function fetchCase(id: string, signal?: AbortSignal): Promise<CasePage> {
  return apiGet(`/cases/${encodeURIComponent(id)}`, { signal });
}

/** Cases a city could replicate, each with its reasons. */
export function fetchRecommendations(slug: string, signal?: AbortSignal): Promise<Recommendations> {
  return apiGet(`/cities/${encodeURIComponent(slug)}/recommendations`, { signal });
}
