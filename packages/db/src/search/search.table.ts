/**
 * One searchable text: a case, project, city or indicator in one language. The full-text part
 * is engine-specific and not in this type: an FTS5 table `search_document_fts` on SQLite, a
 * generated `words` tsvector column on PostgreSQL (migration 0008).
 */
export interface SearchDocumentTable {
  /** Random UUID. */
  id: string;
  kind: 'case' | 'project' | 'city' | 'indicator';
  /** Id of the case, project or city; code of the indicator. */
  ref_id: string;
  /** BCP 47 language of the title and body. */
  lang: string;
  /** As written, shown in results. */
  title: string;
  body: string;
  /** The title's words as ICU segments them, folded, joined by spaces: what is indexed. */
  title_words: string;
  body_words: string;
  /** Where the thing lives in the web app, e.g. `/cities/da-nang`. */
  path: string;
  city_id: string | null;
  country_iso3: string | null;
  /** JSON array of goal numbers. */
  goals: string;
  theme: string | null;
  /** JSON array of dimensions (environment, society, economy). */
  dimensions: string;
  /** `small`, `medium`, `metropolitan`, `large_metropolitan`; null when unknown. */
  city_size_class: string | null;
  /** ISO 8601 UTC. */
  updated_at: string;
}

/** One facet value of a document (kind, country, goal, theme, dimension, city_size). */
export interface SearchFacetTable {
  document_id: string;
  facet: string;
  value: string;
}

/** A Latin-script word of the index: the vocabulary that typo variants are taken from. */
export interface SearchWordTable {
  word: string;
  /** First letter, to find words near a typo. */
  initial: string;
  /** Letters. */
  length: number;
}
