import { assertValidCodebook, DEFAULT_TREND_FROM } from './codebook';
import {
  colourOfDashboardValue,
  dashboardBreakpoints,
  dashboardValueOnBreakpoints,
  goalColourOfTwoLowest,
} from './dashboard';
import { normalise, normalisedThresholds, type NormalisedThresholds } from './normalise';
import { arrowOfTrendRatio, trendRatio } from './sdsn-trend';
import type {
  CodebookEntry,
  GoalScore,
  IndicatorScore,
  ScoringObservation,
  UnitScore,
} from './types';

/** Settings of {@link scoreUnits}. */
export interface ScoreUnitsOptions {
  /** Ignore observations after this calendar year (a report's reference year). Default: none. */
  readonly asOfYear?: number;
  /** No index for a unit missing more than this share (0–1) of the codebook. Default 0.2. */
  readonly maxMissingShare?: number;
}

/** Per (unit, series) slots in a unit's state: latest year and value, base year and value. */
const SLOTS = 4;

/**
 * Scores every unit found in the observations against a codebook, by the SDSN method (METHODS
 * §1–3). Per indicator: the latest observation gives the score, colour, year and value; the trend
 * runs over [`trendFrom` (default 2015), that latest year]. Per goal: score = mean of the scored
 * indicators, colour by the two-worst rule, trend by the project's mean-of-ratios rule. Index =
 * mean of the scored goals, or null when more than `maxMissingShare` of the codebook's indicators
 * have no observation for the unit (no imputation). Observations of series outside the codebook,
 * with non-finite values or after `asOfYear` are ignored; when a year appears twice for a unit
 * and series, the later observation wins. Units come back in order of first appearance.
 *
 * Built for millions of observations: one pass groups them by unit into a typed array of four
 * numbers per series (latest and first-in-window year and value), so no observation is kept or
 * copied; everything else is computed once per unit and series. Throws a ValidationError for an
 * invalid codebook.
 */
export function scoreUnits(
  codebook: readonly CodebookEntry[],
  observations: Iterable<ScoringObservation>,
  { asOfYear = Infinity, maxMissingShare = 0.2 }: ScoreUnitsOptions = {},
): UnitScore[] {
  assertValidCodebook(codebook);
  const states = groupByUnit(codebook, observations, asOfYear);
  const thresholds = codebook.map(normalisedThresholds);
  const breakpoints = thresholds.map(dashboardBreakpoints);
  const goals = [...new Set(codebook.map((entry) => entry.goal))].sort((a, b) => a - b);
  const goalSlot = new Map(goals.map((goal, i) => [goal, i]));
  const slotOf = codebook.map((entry) => goalSlot.get(entry.goal) as number);
  // Per goal, reused for every unit: score sum and count, the two lowest 0–4 dashboard values
  // (goalColour), the sum and count of trend ratios (goalTrend), in codebook order as they do.
  const acc = {
    sum: new Float64Array(goals.length),
    count: new Float64Array(goals.length),
    lowest: new Float64Array(goals.length),
    second: new Float64Array(goals.length),
    ratioSum: new Float64Array(goals.length),
    ratioCount: new Float64Array(goals.length),
  };

  const results: UnitScore[] = [];
  for (const [unit, state] of states) {
    acc.sum.fill(0);
    acc.count.fill(0);
    acc.lowest.fill(Infinity);
    acc.second.fill(Infinity);
    acc.ratioSum.fill(0);
    acc.ratioCount.fill(0);
    const indicators: IndicatorScore[] = [];
    let missing = 0;
    for (let i = 0; i < codebook.length; i++) {
      const entry = codebook[i] as CodebookEntry;
      const at = i * SLOTS;
      const year = state[at] as number;
      if (Number.isNaN(year)) {
        missing += 1;
        indicators.push({
          series: entry.series,
          score: null,
          colour: 'grey',
          trend: '•',
          year: null,
          value: null,
        });
        continue;
      }
      const value = state[at + 1] as number;
      const limits = thresholds[i] as NormalisedThresholds;
      const score = normalise(value, entry);
      const ratio = Number.isNaN(state[at + 2])
        ? null
        : trendRatio(
            {
              startYear: state[at + 2] as number,
              startScore: normalise(state[at + 3] as number, entry),
              endYear: year,
              endScore: score,
            },
            limits.green,
          );
      const dashboard = dashboardValueOnBreakpoints(score, breakpoints[i] as readonly number[]);
      const g = slotOf[i] as number;
      acc.sum[g] = (acc.sum[g] as number) + score;
      acc.count[g] = (acc.count[g] as number) + 1;
      if (dashboard < (acc.lowest[g] as number)) {
        acc.second[g] = acc.lowest[g] as number;
        acc.lowest[g] = dashboard;
      } else if (dashboard < (acc.second[g] as number)) {
        acc.second[g] = dashboard;
      }
      if (ratio !== null) {
        acc.ratioSum[g] = (acc.ratioSum[g] as number) + ratio;
        acc.ratioCount[g] = (acc.ratioCount[g] as number) + 1;
      }
      const colour = colourOfDashboardValue(dashboard);
      indicators.push({
        series: entry.series,
        score,
        colour,
        trend: arrowOfTrendRatio(ratio),
        year,
        value,
      });
    }
    const goalScores: GoalScore[] = goals.map((goal, g) => {
      const count = acc.count[g] as number;
      const ratios = acc.ratioCount[g] as number;
      return {
        goal,
        score: count === 0 ? null : (acc.sum[g] as number) / count,
        colour: goalColourOfTwoLowest(acc.lowest[g] as number, acc.second[g] as number),
        trend: ratios === 0 ? '•' : arrowOfTrendRatio((acc.ratioSum[g] as number) / ratios),
      };
    });
    const missingShare = missing / codebook.length;
    const index = missingShare > maxMissingShare ? null : meanOfScored(goalScores);
    results.push({ unit, index, goals: goalScores, indicators, missingShare });
  }
  return results;
}

/** Mean of the non-null goal scores, 0–100; null when no goal is scored. */
function meanOfScored(goals: readonly GoalScore[]): number | null {
  let sum = 0;
  let count = 0;
  for (const { score } of goals) {
    if (score === null) continue;
    sum += score;
    count += 1;
  }
  return count === 0 ? null : sum / count;
}

/**
 * One pass over the observations: per unit a Float64Array with, for each codebook series, the
 * latest year and value and the first year and value in the trend window (NaN when none).
 */
function groupByUnit(
  codebook: readonly CodebookEntry[],
  observations: Iterable<ScoringObservation>,
  asOfYear: number,
): Map<string, Float64Array> {
  const seriesIndex = new Map(codebook.map((entry, i) => [entry.series, i]));
  const trendFrom = Float64Array.from(codebook, (entry) => entry.trendFrom ?? DEFAULT_TREND_FROM);
  const states = new Map<string, Float64Array>();
  let lastUnit: string | undefined;
  let lastSeries: string | undefined;
  let i: number | undefined;
  let state: Float64Array = new Float64Array(0);
  for (const { unit, series, year, value } of observations) {
    // Observations usually come by unit and series: look the series up once per run of them.
    if (series !== lastSeries) {
      i = seriesIndex.get(series);
      lastSeries = series;
    }
    if (i === undefined || !(year <= asOfYear) || !Number.isFinite(value)) continue;
    if (unit !== lastUnit) {
      let found = states.get(unit);
      if (found === undefined) {
        found = new Float64Array(codebook.length * SLOTS).fill(NaN);
        states.set(unit, found);
      }
      state = found;
      lastUnit = unit;
    }
    const at = i * SLOTS;
    // Comparisons with NaN are false, so an empty slot is always filled.
    if (!(year < (state[at] as number))) {
      state[at] = year;
      state[at + 1] = value;
    }
    if (year >= (trendFrom[i] as number) && !(year > (state[at + 2] as number))) {
      state[at + 2] = year;
      state[at + 3] = value;
    }
  }
  return states;
}
