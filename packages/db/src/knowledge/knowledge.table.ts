/**
 * A case: a good practice of one city, usually grown from one of its completed projects.
 * Language-neutral facts live here; the texts, one row per language, in `knowledge_case_text`.
 */
export interface KnowledgeCaseTable {
  /** Random UUID. */
  id: string;
  /** The city where the practice happened. */
  city_id: string;
  /** The project the case grew from, if any. */
  project_id: string | null;
  /** draft → submitted → published, or returned to the city. */
  status: 'draft' | 'submitted' | 'published' | 'returned';
  /** BCP 47 language the case was first written in. */
  original_lang: string;
  /** A project theme (clean_air, waste_3r, …). */
  theme: string | null;
  /** JSON array of SDG target codes, e.g. ["11.6", "12.5"]. */
  targets: string;
  /** JSON array of dimensions: environment, society, economy. */
  dimensions: string;
  /** JSON array of results with numbers ({ label, value, unit, baseline, year, seriesCode }). */
  results: string;
  /** Total cost in `currency`. */
  cost: number | null;
  /** ISO 4217. */
  currency: string | null;
  /** JSON array of partner names. */
  partners: string;
  /** JSON array of contacts ({ name, role, email }). */
  contacts: string;
  /** JSON array of photos ({ url, caption }). */
  photos: string;
  /** JSON array of links ({ url, label }). */
  links: string;
  /** What the secretariat asked to change when it returned the case. */
  review_comment: string | null;
  /** ISO 8601 UTC, when first published. */
  published_at: string | null;
  created_at: string;
  created_by: string;
  updated_at: string;
  updated_by: string;
}

/** The texts of a case in one language. */
export interface KnowledgeCaseTextTable {
  case_id: string;
  /** BCP 47. */
  lang: string;
  title: string;
  summary: string | null;
  /** The problem the city faced. */
  problem: string | null;
  /** What was done. */
  actions: string | null;
  /** The results told in words (the numbers are on the case). */
  results_text: string | null;
  costs_text: string | null;
  what_worked: string | null;
  what_did_not: string | null;
  how_to_replicate: string | null;
  updated_at: string;
  updated_by: string;
}
