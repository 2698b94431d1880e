/**
 * A saved report: a city's Voluntary Local Review, or a country's or ASEAN's synthesis, written
 * in the platform and reviewed before it is published.
 */
export interface ReportTable {
  /** Random UUID. */
  id: string;
  /** What the report covers. */
  scope_kind: 'city' | 'country' | 'asean';
  /** The city's slug, the country's ISO3, or `asean`. */
  scope_key: string;
  /** The city of a city report (whose team writes it). */
  city_id: string | null;
  /** ISO3 of the country the report belongs to (its focal point approves it); null for ASEAN. */
  country_iso3: string | null;
  title: string;
  /** BCP 47 language the report is written in. */
  lang: string;
  /** draft → submitted → approved (published), or returned to the city. */
  status: 'draft' | 'submitted' | 'approved' | 'returned';
  /** JSON object of narratives (plain text) keyed by VLR section key (METHODS §9). */
  narratives: string;
  /** The version being written (1 until the first publication, then one more each time). */
  version: number;
  /** The latest published version, or null before the first publication. */
  published_version: number | null;
  /** What the reviewer asked to change when the report was returned. */
  review_comment: string | null;
  created_at: string;
  created_by: string;
  updated_at: string;
  updated_by: string;
}

/** A published version of a report, frozen: the whole assembled document at publication. */
export interface ReportVersionTable {
  report_id: string;
  version: number;
  /** JSON of the `ReportDocument` (narratives, consultations and data) as published. */
  document: string;
  /** ISO 8601 UTC. */
  published_at: string;
  /** Id of the user who approved it. */
  published_by: string;
}

/** One entry of a report's stakeholder-consultation log. */
export interface ConsultationEntryTable {
  /** Random UUID. */
  id: string;
  report_id: string;
  /** ISO date, YYYY-MM-DD. */
  date: string;
  /** Who took part. */
  stakeholders: string;
  /** What was discussed. */
  summary: string;
  created_at: string;
  created_by: string;
}
