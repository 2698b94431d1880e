/** A measured quantity: of a global indicator, or of a local indicator, with one unit. */
export interface SeriesTable {
  id: string;
  /** Unique code, e.g. `EN_REF_WASCOL` (UN) or `FR_AIR_PM25` (ours). */
  code: string;
  /** The global indicator it measures (UNSD code), if any. */
  indicator_id: string | null;
  /** The local indicator it measures, if any. */
  local_indicator_id: string | null;
  name: string;
  /** Unit as shown, e.g. `percent`, `µg/m³`, `t CO2e`. */
  unit: string;
  /** Which way is better: `higher`, `lower`, or null when neither. */
  direction: 'higher' | 'lower' | null;
  /** Decimals to show. */
  decimals: number;
  /** Default source of its values. */
  source: string | null;
  created_at: string;
  updated_at: string;
}

/**
 * One value slot — an area (city or country), a series, a year, a disaggregation — with its
 * current working version. Nothing is overwritten: every change appends an observation_version.
 */
export interface ObservationTable {
  id: string;
  /** `city:<id>` or `country:<ISO3>`: the unit the value belongs to. */
  area_key: string;
  city_id: string | null;
  country_iso3: string | null;
  series_id: string;
  year: number;
  /** Canonical `key=value;…`, empty for the headline. */
  disaggregation_key: string;
  value: number;
  estimated: number;
  provisional: number;
  break_in_series: number;
  footnote: string | null;
  source: string | null;
  nature: string | null;
  /** Review state of the working version. */
  status: 'draft' | 'submitted' | 'approved' | 'returned';
  /** 1 when marked deleted (reversible). */
  deleted: number;
  /** Number of the working version. */
  version: number;
  /** The version the public sees (last approved), or null when never approved. */
  approved_version: number | null;
  updated_at: string;
  updated_by: string;
}

/** Append-only history of every observation: one row per change, status changes included. */
export interface ObservationVersionTable {
  observation_id: string;
  version: number;
  value: number;
  estimated: number;
  provisional: number;
  break_in_series: number;
  footnote: string | null;
  source: string | null;
  nature: string | null;
  status: 'draft' | 'submitted' | 'approved' | 'returned';
  deleted: number;
  /** What happened: created, changed, deleted, restored, submitted, approved, returned. */
  change: string;
  /** Why, as the person said (a review comment for `returned`). */
  reason: string | null;
  /** Actor id: a user id, `token:<id>`, or `cli:local-operator`. */
  changed_by: string;
  changed_at: string;
}

/** A city's own target for a series, with its baseline. */
export interface CityTargetTable {
  id: string;
  city_id: string;
  series_id: string;
  disaggregation_key: string;
  target_value: number;
  target_year: number;
  baseline_value: number | null;
  baseline_year: number | null;
  note: string | null;
  updated_at: string;
  updated_by: string;
}

/** A set of local indicators: a city's own, or shared (ASEAN ESC, UN-Habitat UMF…). */
export interface LocalIndicatorSetTable {
  id: string;
  code: string;
  name: string;
  description: string | null;
  /** The city that owns it, or null for a shared set. */
  owner_city_id: string | null;
  created_at: string;
}

/** An indicator of a local set. */
export interface LocalIndicatorTable {
  id: string;
  set_id: string;
  code: string;
  name: string;
  unit: string | null;
  description: string | null;
}

/** The crosswalk: a local indicator mapped to SDG targets (many to many). */
export interface LocalIndicatorTargetTable {
  local_indicator_id: string;
  target_code: string;
}
