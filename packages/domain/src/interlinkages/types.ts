/** Which way is desirable for a series: `higher` (e.g. access to water) or `lower` (e.g. PM2.5). */
export type InterlinkageDirection = 'higher' | 'lower';

/** One value of one series for one unit (city) in one year: the input of the correlations. */
export interface InterlinkageObservation {
  /** The unit (city, or any reporting area) the value describes. */
  readonly unit: string;
  /** Series code, as in the series catalogue. */
  readonly series: string;
  /** Calendar year of the observation. */
  readonly year: number;
  /** The value in the series' own unit of measure; non-finite values count as missing. */
  readonly value: number;
}

/** A series in the catalogue: the SDG target it measures and which way is better. */
export interface InterlinkageSeries {
  /** Series code, unique in the catalogue. */
  readonly series: string;
  /** SDG target code the series is mapped to, e.g. "11.6". */
  readonly target: string;
  readonly direction: InterlinkageDirection;
}

/**
 * How two series move together after alignment (METHODS §5, after Pradhan et al. 2017):
 * `synergy` when ρ ≥ threshold, `trade-off` when ρ ≤ −threshold, otherwise `none`
 * ("no clear link", which includes an undefined ρ).
 */
export type LinkKind = 'synergy' | 'trade-off' | 'none';

/** A data-derived link between two series in one unit (or one pooled peer group). */
export interface SeriesLink {
  /** The unit, or the peer group's label for a pooled link. */
  readonly unit: string;
  /** The series code that sorts first (code-unit order). */
  readonly a: string;
  /** The series code that sorts second. */
  readonly b: string;
  /**
   * Spearman's ρ of the direction-aligned values over the overlapping years, in [−1, 1];
   * null when it is undefined because a series is constant over those years.
   */
  readonly rho: number | null;
  /** Number of overlapping years (pooled: overlapping unit-years) behind ρ. */
  readonly n: number;
  readonly kind: LinkKind;
}

/** A link pooled across a peer group; `unit` holds the group's label. */
export interface PooledSeriesLink extends SeriesLink {
  /** Number of units that had at least `minYears` overlapping years and so entered the pool. */
  readonly units: number;
}

/** Options of the series-level correlations. */
export interface LinkOptions {
  /** Fewest overlapping years for a pair to be correlated at all; METHODS §5 says 5. */
  readonly minYears?: number;
  /** |ρ| at or above which a pair is a link; METHODS §5 says 0.6. */
  readonly threshold?: number;
}

/** A target-to-target link: the mean ρ over the series pairs mapped to the two targets. */
export interface TargetLink {
  /** The target code that sorts first (code-unit order). */
  readonly a: string;
  /** The target code that sorts second; never equal to `a`. */
  readonly b: string;
  /** Mean of the series-level ρ, in [−1, 1]. */
  readonly rho: number;
  /** Number of series links averaged. */
  readonly pairs: number;
}

/** Network measures of one target in the target-to-target network. */
export interface TargetCentrality {
  readonly target: string;
  /** Number of target links with |ρ| ≥ threshold (synergies and trade-offs). */
  readonly degree: number;
  /** Sum of |ρ| over those links. */
  readonly strength: number;
  /**
   * Eigenvector centrality on the synergy sub-network, scaled so the most central target is 1;
   * 0 off the dominant component(s) and everywhere when there is no synergy.
   */
  readonly eigenvector: number;
}

/** The interlinkages result as the CLI and API print it (see `interlinkagesReport`). */
export interface InterlinkagesReport {
  readonly links: readonly SeriesLink[];
  readonly targets: readonly TargetLink[];
  readonly centrality: readonly TargetCentrality[];
}
