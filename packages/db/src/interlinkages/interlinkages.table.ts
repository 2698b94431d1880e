/**
 * The interlinkage catalogue: which way is better for a series and which of its
 * disaggregations the analysis reads (METHODS §5). Seeded from
 * `seed-data/interlinkages/series-direction.csv`; a series absent here enters the analysis
 * only when `series.direction` is set, and then through its headline.
 */
export interface InterlinkageSeriesTable {
  series_id: string;
  direction: 'higher' | 'lower';
  /** Canonical disaggregation key the analysis reads: '' for the headline. */
  disaggregation_key: string;
  /** Why "better" is beyond doubt, in one sentence (the target's words, or SDSN's bounds). */
  reason: string;
  updated_at: string;
}

/**
 * One stored computation of the data-derived network for a scope. A run is valid while the
 * fingerprint of its inputs (approved values, catalogue, parameters) is unchanged.
 */
export interface InterlinkageRunTable {
  id: string;
  /** `country:<ISO3>`, `city:<id>` or `asean` (pooled over the ten countries). */
  scope: string;
  computed_at: string;
  /** SHA-256 of the inputs; see `interlinkageFingerprint` in services. */
  fingerprint: string;
  /** Fewest overlapping years of a correlated pair. */
  min_years: number;
  /** |ρ| at or above which a pair is a link. */
  threshold: number;
  /** `spearman` (one unit) or `pooled-spearman` (per-unit ranks pooled, ASEAN). */
  method: 'spearman' | 'pooled-spearman';
  /** Catalogue series with at least one value in the scope. */
  series_count: number;
  /** Approved values read. */
  observation_count: number;
  /** Series pairs correlated (at least `min_years` overlapping years). */
  series_pairs: number;
  series_synergies: number;
  series_trade_offs: number;
  /** Target pairs with at least one correlated series pair. */
  target_pairs: number;
  target_synergies: number;
  target_trade_offs: number;
}

/** A correlated pair of series in a run: the evidence of every link. */
export interface InterlinkageSeriesLinkTable {
  run_id: string;
  /** Series code that sorts first. */
  series_a: string;
  series_b: string;
  /** The target each series is mapped to, as at the run. */
  target_a: string;
  target_b: string;
  /** Spearman's ρ of the aligned values; null when a series is constant over the overlap. */
  rho: number | null;
  /** Overlapping years (pooled: unit-years). */
  n: number;
  /** Units pooled (ASEAN); null for one unit. */
  units: number | null;
  kind: 'synergy' | 'trade-off' | 'none';
}

/** A target-to-target link of a run: the mean ρ of its series pairs. */
export interface InterlinkageTargetLinkTable {
  run_id: string;
  /** Target code that sorts first (code-unit order). */
  target_a: string;
  target_b: string;
  rho: number;
  /** Series pairs averaged; they are the run's series links between the two targets. */
  pairs: number;
  kind: 'synergy' | 'trade-off' | 'none';
}

/** Network measures of one target in a run. */
export interface InterlinkageCentralityTable {
  run_id: string;
  target_code: string;
  degree: number;
  strength: number;
  /** Eigenvector centrality on the synergy network, the most central target 1. */
  eigenvector: number;
}

/** A link from the literature or expert review, kept apart from data-derived links. */
export interface InterlinkageCuratedLinkTable {
  id: string;
  /** Target code that sorts first (code-unit order). */
  target_a: string;
  target_b: string;
  kind: 'synergy' | 'trade-off';
  /** Where the link comes from: a reference a reader can find. */
  citation: string;
  note: string | null;
  /** Actor id of who recorded it. */
  created_by: string;
  created_at: string;
  updated_at: string;
}
