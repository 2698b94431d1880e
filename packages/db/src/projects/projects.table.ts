/**
 * A model project of a city. List fields are JSON text: `themes` (string[]),
 * `funding_sources` ({ name, sharePercent }[]), `budget_split` ({ target, percent }[]),
 * `partners` ({ name, role, ref }[]), `stakeholders` (string[]), `links` ({ title, url }[]).
 */
export interface ProjectTable {
  id: string;
  city_id: string;
  title: string;
  summary: string | null;
  description: string | null;
  themes: string;
  /** idea, planned, implementing, completed, suspended. */
  status: string;
  /** ISO date `YYYY-MM-DD`. */
  start_date: string | null;
  end_date: string | null;
  /** Total, in `currency`; ≥ 0. */
  budget: number | null;
  currency: string | null;
  funding_sources: string;
  budget_split: string;
  partners: string;
  /** WGS84 degrees. */
  latitude: number | null;
  longitude: number | null;
  stakeholders: string;
  links: string;
  /** The case it replicates (knowledge feature, later). */
  replicates_case_id: string | null;
  /** 1 for the demo projects seeded in demo mode. */
  demo: number;
  created_at: string;
  created_by: string;
  updated_at: string;
  updated_by: string;
}

/** One node of a project's results framework: objective → output → outcome. */
export interface ProjectResultTable {
  id: string;
  project_id: string;
  /** The node above; null for an objective. */
  parent_id: string | null;
  level: 'objective' | 'output' | 'outcome';
  title: string;
  position: number;
}

/**
 * An indicator of a result: a city series (`series_code`) or a project-specific one, optionally
 * an SDG indicator number (`11.6.1`). `periods` is JSON text:
 * `{ period, disaggregation: string, target: number | null, actual: number | null }[]`, actuals
 * filled when a progress update is approved.
 */
export interface ProjectIndicatorTable {
  id: string;
  result_id: string;
  name: string;
  unit: string;
  series_code: string | null;
  sdg_indicator: string | null;
  baseline_value: number | null;
  baseline_period: string | null;
  periods: string;
  position: number;
}

/** A project's expected effect on one SDG target (METHODS §6). */
export interface BenefitClaimTable {
  id: string;
  project_id: string;
  target_code: string;
  kind: 'primary' | 'co_benefit' | 'trade_off';
  size: 'low' | 'medium' | 'high';
  /** SDG indicator number of a quantified benefit (counted once, at that indicator's target). */
  indicator_number: string | null;
  baseline_value: number | null;
  target_value: number | null;
  unit: string | null;
  evidence: string | null;
  /** `editor` (entered), `tagger` or `network` (an accepted suggestion). */
  origin: string;
  created_at: string;
  created_by: string;
}

/**
 * A progress report of a project for a period, reviewed like observations. JSON text:
 * `indicator_values` ({ indicatorId, period, disaggregation, value }[]), `evidence` ({ title, url }[]).
 */
export interface ProgressUpdateTable {
  id: string;
  project_id: string;
  period: string;
  narrative: string;
  indicator_values: string;
  evidence: string;
  status: 'draft' | 'submitted' | 'approved' | 'returned';
  review_comment: string | null;
  created_at: string;
  created_by: string;
  updated_at: string;
  updated_by: string;
}
