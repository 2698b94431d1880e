/**
 * One indicator's row of a scoring codebook: the bounds and thresholds of the SDSN SDG Index
 * method (METHODS §1), all in the indicator's own unit.
 */
export interface CodebookEntry {
  /** The series code observations carry, e.g. `sdg2_obesity` or a city series code. */
  readonly series: string;
  /** SDG the indicator belongs to, 1–17. */
  readonly goal: number;
  /** Value that scores 100 (the target or best performance), in the indicator's unit. */
  readonly optimum: number;
  /** Value at and beyond which the indicator is green, in the indicator's unit. */
  readonly green: number;
  /** Value at and beyond which (away from the optimum) the indicator is red, in its unit. */
  readonly red: number;
  /** Value that scores 0 (SDSN: the 2.5th percentile of the observed distribution). */
  readonly lowerBound: number;
  /**
   * For display only: the arithmetic needs no flag, as `optimum < lowerBound` already means
   * "lower is better". Inferred from the bounds when absent.
   */
  readonly direction?: ScoringDirection;
  /** First year of the trend window (calendar year); 2015 when absent. */
  readonly trendFrom?: number;
  /** Why the optimum and bounds are what they are (SDG target, science-based, top 5, …). */
  readonly justification?: string;
}

/** Which way is better for an indicator's raw values. */
export type ScoringDirection = 'higher' | 'lower';

/** One observed value of one series for one unit (a city, region or country) in one year. */
export interface ScoringObservation {
  /** The unit observed: a city, region or country code. */
  readonly unit: string;
  /** The series code, matching {@link CodebookEntry.series}. */
  readonly series: string;
  /** Calendar year of the observation. */
  readonly year: number;
  /** The raw value, in the indicator's unit. */
  readonly value: number;
}

/** A value of a series in a year, for trends. */
export interface YearValue {
  /** Calendar year. */
  readonly year: number;
  /** Raw value in the indicator's unit. */
  readonly value: number;
}

/**
 * SDSN dashboard colour: green "SDG achieved", yellow "Challenges remain", orange "Significant
 * challenges remain", red "Major challenges remain", grey "Insufficient data".
 */
export type DashboardColour = 'green' | 'yellow' | 'orange' | 'red' | 'grey';

/**
 * SDSN trend arrow: ↑ on track or maintaining achievement, ➚ moderately improving,
 * → stagnating, ↓ decreasing, • not enough data in the trend window.
 */
export type SdsnTrendArrow = '↑' | '➚' | '→' | '↓' | '•';

/** The scored state of one indicator for one unit. */
export interface IndicatorScore {
  /** Series code from the codebook. */
  readonly series: string;
  /** Normalised score 0–100 of the latest observation; null when the unit has none. */
  readonly score: number | null;
  /** Dashboard colour of the latest observation; grey when there is none. */
  readonly colour: DashboardColour;
  /** SDSN trend over the series' trend window, ending at the latest observation. */
  readonly trend: SdsnTrendArrow;
  /** Year of the latest observation, or null. */
  readonly year: number | null;
  /** Raw value of the latest observation, in the indicator's unit, or null. */
  readonly value: number | null;
}

/** The scored state of one goal for one unit. */
export interface GoalScore {
  /** SDG number, 1–17. */
  readonly goal: number;
  /** Mean of the goal's indicator scores, 0–100; null when none is scored. */
  readonly score: number | null;
  /** Two-worst-indicators dashboard colour; grey when no indicator is scored. */
  readonly colour: DashboardColour;
  /** Goal trend by the project's own rule (mean of indicator trend ratios). */
  readonly trend: SdsnTrendArrow;
}

/** Index, goals and indicators of one unit. */
export interface UnitScore {
  /** The unit, as in the observations. */
  readonly unit: string;
  /** Mean of the goal scores, 0–100; null when too many indicators are missing. */
  readonly index: number | null;
  /** One entry per goal present in the codebook, ascending. */
  readonly goals: readonly GoalScore[];
  /** One entry per codebook indicator, in codebook order. */
  readonly indicators: readonly IndicatorScore[];
  /** Share of the codebook's indicators with no observation for this unit, 0–1. */
  readonly missingShare: number;
}
