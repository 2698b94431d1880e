import type { SearchQuery } from '../api/knowledge-types.ts';

/** Search results shown per page. */
export const searchPageSize = 20;

/** The facets the search page offers, as URL keys. */
export const searchFacets = ['kind', 'country', 'goal', 'theme'] as const;

/** One facet of the search page. */
export type SearchFacet = (typeof searchFacets)[number];

/** The search page's state as kept in the URL (`/search?q=ขยะ&lang=th&kind=case&page=2`). */
export interface KnowledgeSearch {
  readonly q?: string;
  /** BCP 47 language of the query */
  readonly lang?: string;
  readonly kind?: string;
  /** ISO3 */
  readonly country?: string;
  /** 1–17 */
  readonly goal?: number;
  readonly theme?: string;
  /** 1-based */
  readonly page?: number;
}

const patterns: Record<SearchFacet, RegExp> = {
  kind: /^(case|project|city|indicator)$/,
  country: /^[A-Z]{3}$/,
  goal: /^([1-9]|1[0-7])$/,
  theme: /^[a-z0-9_]{1,40}$/,
};

/**
 * Reads the search page's state from raw URL values, dropping anything malformed.
 *
 * @example
 * parseKnowledgeSearch({ q: 'ขยะ', lang: 'th', goal: '99' }) // { q: 'ขยะ', lang: 'th' }
 */
export function parseKnowledgeSearch(raw: Record<string, unknown>): KnowledgeSearch {
  const out: Record<string, string | number> = {};
  if (typeof raw.q === 'string' && raw.q.trim() !== '') out.q = raw.q.slice(0, 500);
  if (typeof raw.lang === 'string' && /^[a-z]{2,3}$/.test(raw.lang)) out.lang = raw.lang;
  for (const facet of searchFacets) {
    const value = raw[facet];
    const text = typeof value === 'number' ? String(value) : value;
    if (typeof text === 'string' && patterns[facet].test(text)) {
      out[facet] = facet === 'goal' ? Number(text) : text;
    }
  }
  const page = Number(raw.page);
  if (Number.isInteger(page) && page > 1) out.page = page;
  return out as KnowledgeSearch;
}

const scripts: readonly [RegExp, string][] = [
  [/[\u0E00-\u0E7F]/, 'th'],
  [/[\u0E80-\u0EFF]/, 'lo'],
  [/[\u1780-\u17FF]/, 'km'],
  [/[\u1000-\u109F]/, 'my'],
];

/**
 * The language of a query from its script (Thai, Lao, Khmer, Burmese are written without spaces
 * and need the server's word segmentation), else the language chosen, else none.
 *
 * @example
 * queryLanguage('ការគ្រប់គ្រងសំណល់', undefined) // 'km'
 */
export function queryLanguage(q: string, chosen: string | undefined): string | undefined {
  return scripts.find(([pattern]) => pattern.test(q))?.[1] ?? chosen;
}

/** The API query for the search page's state. */
export function toSearchQuery(search: KnowledgeSearch): SearchQuery {
  const { page = 1, q = '', lang, goal, ...facets } = search;
  const language = queryLanguage(q, lang);
  return {
    q,
    ...(language ? { lang: language } : {}),
    ...facets,
    ...(goal ? { goal: String(goal) } : {}),
    limit: searchPageSize,
    offset: (page - 1) * searchPageSize,
  };
}
