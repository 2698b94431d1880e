/** One version of the scoring codebook: versions are never changed, only added. */
export interface CodebookVersionTable {
  id: string;
  /** 1, 2, 3…: unique, in order of creation. */
  version: number;
  /** ISO 8601 UTC. */
  created_at: string;
  /** Actor id: a user id, `cli:local-operator` or `system:seed`. */
  created_by: string;
  /** Why this version exists. */
  note: string | null;
}

/** One indicator of a codebook version: the bounds and thresholds of the SDSN method. */
export interface CodebookEntryTable {
  codebook_version_id: string;
  series_id: string;
  /** Order of the entry in the codebook (0, 1, …). */
  position: number;
  /** SDG the indicator is scored under, 1–17. */
  goal: number;
  /** JSON array of the SDG target codes the indicator maps to, e.g. `["11.6","3.9"]`. */
  targets: string;
  /** In the series' unit: scores 100. */
  optimum: number;
  green: number;
  red: number;
  /** In the series' unit: scores 0. */
  lower_bound: number;
  direction: 'higher' | 'lower';
  /** First year of the trend window; null = 2015. */
  trend_from: number | null;
  /** Why these numbers. */
  justification: string;
  /** Where the numbers come from (SDR codebook row, WHO guideline, SDG target…). */
  source: string;
}

/** A group of cities for comparison: a country, a population class or a cohort. */
export interface PeerGroupTable {
  id: string;
  kind: 'country' | 'population_class' | 'cohort';
  /** ISO3, a population class key, or a cohort name. */
  key: string;
  created_at: string;
}

/** A group's own lower bound for one series, in one codebook version. */
export interface PeerGroupBoundTable {
  codebook_version_id: string;
  peer_group_id: string;
  series_id: string;
  /** In the series' unit. */
  lower_bound: number;
  /** The percentile used, counted from the worst end (2.5 = SDSN). */
  percentile: number;
  /** Cities whose values it was computed from. */
  cities: number;
  computed_at: string;
  computed_by: string;
}

/**
 * A unit's stored scores under one codebook version: a city (scored), a country or ASEAN
 * (rolled up). Recomputed when the fingerprint of its inputs changes.
 */
export interface UnitScoreTable {
  id: string;
  unit_kind: 'city' | 'country' | 'asean';
  /** `city:<id>`, `country:<ISO3>` or `asean`. */
  unit_key: string;
  city_id: string | null;
  country_iso3: string | null;
  codebook_version_id: string;
  /** SHA-256 (hex) of the inputs: see the scoring services. */
  fingerprint: string;
  /** 0–100, or null (too many indicators missing / no member with an index). */
  index_score: number | null;
  /** Cities: share of the codebook without a value, 0–1; roll-ups: null. */
  missing_share: number | null;
  /** Roll-ups: members with an index; cities: null. */
  index_members: number | null;
  /** Roll-ups: JSON array of the member unit keys; cities: null. */
  members: string | null;
  computed_at: string;
}

/** One goal of a stored unit score. */
export interface GoalScoreTable {
  unit_score_id: string;
  goal: number;
  score: number | null;
  /** Cities: the dashboard colour; roll-ups: null (they count colours instead). */
  colour: 'green' | 'yellow' | 'orange' | 'red' | 'grey' | null;
  /** Cities: the SDSN arrow (goal rule); roll-ups: null. */
  trend: string | null;
  /** Cities: mean distance to target (0–100) of its indicators, or null. */
  distance: number | null;
  /** Cities: scored indicators; roll-ups: members with a score. */
  scored: number;
  /** Roll-ups: JSON colour counts of the cities behind it; cities: null. */
  colours: string | null;
}

/** One indicator of a stored city score, traceable to the observations it used. */
export interface IndicatorScoreTable {
  unit_score_id: string;
  series_id: string;
  /** Codebook order. */
  position: number;
  score: number | null;
  colour: 'green' | 'yellow' | 'orange' | 'red' | 'grey';
  trend: string;
  year: number | null;
  value: number | null;
  /** The approved observation and version the score used. */
  observation_id: string | null;
  observation_version: number | null;
  /** The first point of the trend window, when there is a trend. */
  base_year: number | null;
  base_observation_id: string | null;
  base_observation_version: number | null;
  /** The lower bound applied: the codebook's, or a peer group's. */
  lower_bound: number;
  /** The peer group whose lower bound applied, or null. */
  peer_group_id: string | null;
  /** The city's own target used for the distance, if any. */
  target_value: number | null;
  target_year: number | null;
  /** The value on a 0–100 scale from the lower bound to the 2030 end value (METHODS §4), or null. */
  distance_score: number | null;
  /** `100 − distance_score`: what is left to the 2030 end value, or null. */
  distance: number | null;
  /** The end value of the distance: the city's target, else the optimum. */
  end_value: number | null;
}
