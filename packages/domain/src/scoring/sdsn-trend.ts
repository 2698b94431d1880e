import { DEFAULT_TREND_FROM, SDG_DEADLINE_YEAR } from './codebook';
import { normalise, normalisedThresholds } from './normalise';
import type { CodebookEntry, SdsnTrendArrow, YearValue } from './types';

type TrendFields = Pick<CodebookEntry, 'optimum' | 'lowerBound' | 'green' | 'red' | 'trendFrom'>;

/** First and last points of a trend window, as scores (0–100) and calendar years. */
export interface TrendEndpoints {
  /** `t0`: year of the first point in the window. */
  readonly startYear: number;
  /** `s0`: its normalised score, 0–100. */
  readonly startScore: number;
  /** `t`: year of the last point in the window. */
  readonly endYear: number;
  /** `st`: its normalised score, 0–100. */
  readonly endScore: number;
}

/**
 * The SDSN trend of one indicator as a ratio of the observed to the needed yearly change in
 * score (METHODS §3), clamped to [−1, 1]; null when there is no trend. `greenScore` is `g*`.
 *
 * - `needed = (g* − s0) / (2030 − t0)`, `observed = (st − s0) / (t − t0)`. With the default
 *   window t0 is 2015, as in METHODS; when the unit's data start later, the pace is measured
 *   from its first year (as Open SDG and Statistics Canada do for a missing base year).
 * - No trend (null, shown •) when t ≤ t0 (fewer than two years in the window) or t0 ≥ 2030.
 * - `st ≥ g*`: 1, on track or maintaining achievement, whatever the pace.
 * - `needed ≤ 0` and `st < g*`: the unit was green at the start and has fallen below: −1.
 *
 * The clamp keeps the arrow (cut-offs 1, 0.5, 0) and stops one indicator whose start lies
 * just below green (needed → 0, ratio → ±∞) from swamping a goal-level mean.
 */
export function trendRatio(points: TrendEndpoints, greenScore: number): number | null {
  const { startYear, startScore, endYear, endScore } = points;
  if (!(endYear > startYear) || startYear >= SDG_DEADLINE_YEAR) return null;
  if (endScore >= greenScore) return 1;
  const needed = (greenScore - startScore) / (SDG_DEADLINE_YEAR - startYear);
  if (needed <= 0) return -1;
  const ratio = (endScore - startScore) / (endYear - startYear) / needed;
  return ratio >= 1 ? 1 : ratio <= -1 ? -1 : ratio;
}

/**
 * Arrow for a trend ratio (observed / needed): ≥ 1 ↑, > 0.5 ➚, ≥ 0 →, < 0 ↓, null •.
 * Shared by indicator and goal trends, so both use the same cut-offs.
 */
export function arrowOfTrendRatio(ratio: number | null): SdsnTrendArrow {
  if (ratio === null || Number.isNaN(ratio)) return '•';
  if (ratio >= 1) return '↑';
  if (ratio > 0.5) return '➚';
  return ratio >= 0 ? '→' : '↓';
}

/**
 * The observed / needed ratio of one indicator's trend over its window
 * [`entry.trendFrom` (default 2015), `latestYear`]: points outside the window are ignored, the
 * earliest and latest points inside are compared (see {@link trendRatio}). Null when the
 * window holds fewer than two years. When a year appears twice, the later point wins.
 */
export function sdsnTrendRatio(
  points: readonly YearValue[],
  entry: TrendFields,
  latestYear: number,
): number | null {
  const from = entry.trendFrom ?? DEFAULT_TREND_FROM;
  let start: YearValue | undefined;
  let end: YearValue | undefined;
  for (const point of points) {
    if (point.year < from || point.year > latestYear || !Number.isFinite(point.value)) continue;
    if (start === undefined || point.year <= start.year) start = point;
    if (end === undefined || point.year >= end.year) end = point;
  }
  if (start === undefined || end === undefined) return null;
  const endpoints: TrendEndpoints = {
    startYear: start.year,
    startScore: normalise(start.value, entry),
    endYear: end.year,
    endScore: normalise(end.value, entry),
  };
  return trendRatio(endpoints, normalisedThresholds(entry).green);
}

/**
 * SDSN trend arrow of one indicator (METHODS §3) over the window [`entry.trendFrom` (default
 * 2015), `latestYear`]: ↑ on track or maintaining achievement, ➚ moderately improving (more
 * than half the needed pace), → stagnating, ↓ decreasing, • fewer than two years in the window.
 * @example sdsnTrend([{ year: 2015, value: 40 }, { year: 2020, value: 60 }], { optimum: 100, lowerBound: 0, green: 80, red: 50 }, 2020) // '↑'
 */
export function sdsnTrend(
  points: readonly YearValue[],
  entry: TrendFields,
  latestYear: number,
): SdsnTrendArrow {
  return arrowOfTrendRatio(sdsnTrendRatio(points, entry, latestYear));
}

/**
 * Goal-level trend, the project's own rule (SDSN does not publish one): the mean of the goal's
 * indicator trend ratios (each clamped to [−1, 1], see {@link trendRatio}) under the
 * indicator cut-offs. Indicators without a trend (null) are left out; none at all gives •.
 */
export function goalTrend(ratios: readonly (number | null)[]): SdsnTrendArrow {
  let sum = 0;
  let count = 0;
  for (const ratio of ratios) {
    if (ratio === null) continue;
    sum += ratio;
    count += 1;
  }
  return count === 0 ? '•' : arrowOfTrendRatio(sum / count);
}
