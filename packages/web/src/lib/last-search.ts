import type { KnowledgeSearch } from '../routes/knowledge-search.ts';

let last: KnowledgeSearch = {};

/** Remembers the search page's state (query, language, facets, page) for the way back. */
export function rememberSearch(search: KnowledgeSearch): void {
  last = search;
}

/**
 * The search the reader came from, so that "back to search" keeps the query and facets; empty
 * before any search in this tab.
 */
export function lastSearch(): KnowledgeSearch {
  return last;
}
