import type { DashboardColour, SdsnTrendArrow } from '@frontrunner/domain';
import type { CityScores, GoalScore, IndicatorScore } from '../api/scores-types.ts';
import type { YearValue } from './series-data.ts';

/** The i18n key (under `scores.trend`) of each SDSN trend arrow. */
export const TREND_KEYS = {
  '↑': 'onTrack',
  '➚': 'improving',
  '→': 'stagnating',
  '↓': 'decreasing',
  '•': 'unavailable',
} as const satisfies Record<SdsnTrendArrow, string>;

/** What a goal tile shows. */
export interface GoalTileView {
  readonly goal: number;
  /** Whole number 0–100; null without data. */
  readonly score: number | null;
  readonly colour: DashboardColour;
  readonly trend: SdsnTrendArrow;
  readonly trendKey: (typeof TREND_KEYS)[SdsnTrendArrow];
  /** Grey: no indicator of the goal has a value. */
  readonly insufficient: boolean;
  readonly scored: number;
  readonly indicators: number;
}

/**
 * A score as shown: a whole number, or null.
 *
 * @example
 * roundScore(68.45) // 68
 */
export function roundScore(score: number | null): number | null {
  return score === null ? null : Math.round(score);
}

/** Maps a goal score from the API to what its tile shows. */
export function goalTileView(goal: GoalScore): GoalTileView {
  return {
    goal: goal.goal,
    score: roundScore(goal.score),
    colour: goal.colour,
    trend: goal.trend,
    trendKey: TREND_KEYS[goal.trend],
    insufficient: goal.colour === 'grey',
    scored: goal.scored,
    indicators: goal.indicators,
  };
}

/** The city's index, or why it has none. */
export type IndexStatus =
  | { readonly kind: 'index'; readonly value: number }
  /** Percent (whole numbers) missing, and the most allowed. */
  | { readonly kind: 'missing'; readonly missingPercent: number; readonly maxPercent: number };

/**
 * The index as shown, or the reason there is none (too many indicators without a value).
 *
 * @example
 * indexStatus({ index: null, missingShare: 0.31, maxMissingShare: 0.2 })
 * // { kind: 'missing', missingPercent: 31, maxPercent: 20 }
 */
export function indexStatus(
  scores: Pick<CityScores, 'index' | 'missingShare' | 'maxMissingShare'>,
): IndexStatus {
  if (scores.index !== null) return { kind: 'index', value: Math.round(scores.index) };
  return {
    kind: 'missing',
    missingPercent: Math.round(scores.missingShare * 100),
    maxPercent: Math.round(scores.maxMissingShare * 100),
  };
}

/** The indicators of one goal, those with a score first (lowest first: most to do). */
export function indicatorsOfGoal(
  indicators: readonly IndicatorScore[],
  goal: number,
): IndicatorScore[] {
  return indicators
    .filter((i) => i.goal === goal)
    .sort((a, b) => (a.score ?? Infinity) - (b.score ?? Infinity));
}

/** The year the end value is aimed at: the city's target year, else 2030. */
export function endYear(indicator: Pick<IndicatorScore, 'target'>): number {
  return indicator.target?.year ?? 2030;
}

/**
 * The target line of an indicator's chart: its end value (the city's target, else the
 * optimum) held flat from the first year shown to the target year.
 */
export function endValueLine(
  indicator: Pick<IndicatorScore, 'target' | 'distance' | 'entry'>,
  values: readonly YearValue[],
): YearValue[] {
  const value = indicator.distance?.endValue ?? indicator.target?.value ?? indicator.entry.optimum;
  const year = endYear(indicator);
  const first = Math.min(year, ...values.map((v) => v.year));
  return first === year
    ? [{ year, value }]
    : [
        { year: first, value },
        { year, value },
      ];
}
