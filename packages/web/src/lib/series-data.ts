import { disaggregationKey, isHeadline, type Disaggregation } from '@frontrunner/domain';
import type { CityTarget, Observation } from '../api/observation-types.ts';

/** A value on a chart: a year and a number. */
export interface YearValue {
  readonly year: number;
  readonly value: number;
}

/** A city's values of one series, ready to show. */
export interface SeriesValues {
  /** Series code. */
  readonly series: string;
  /** Every value, latest year first, headline before disaggregations within a year. */
  readonly observations: readonly Observation[];
  /** The disaggregation the chart and the latest value follow: the headline when there is one. */
  readonly main: Disaggregation;
  /** The latest value of `main`. */
  readonly latest: Observation;
}

/**
 * Groups a city's values by series (sorted by code), with the
 * values sorted for reading and the value to headline each card.
 */
export function groupBySeries(observations: readonly Observation[]): SeriesValues[] {
  const bySeries = new Map<string, Observation[]>();
  for (const observation of observations) {
    const list = bySeries.get(observation.series) ?? [];
    list.push(observation);
    bySeries.set(observation.series, list);
  }
  return [...bySeries.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([series, list]) => {
      const sorted = [...list].sort(
        (a, b) =>
          b.year - a.year ||
          disaggregationKey(a.disaggregation).localeCompare(disaggregationKey(b.disaggregation)),
      );
      const main = mainDisaggregation(sorted);
      const mainKey = disaggregationKey(main);
      const latest =
        sorted.find((o) => disaggregationKey(o.disaggregation) === mainKey) ??
        (sorted[0] as Observation);
      return { series, observations: sorted, main, latest };
    });
}

/** The headline if the values have one, else the disaggregation with the most values. */
function mainDisaggregation(observations: readonly Observation[]): Disaggregation {
  const headline = observations.find((o) => isHeadline(o.disaggregation));
  if (headline) return headline.disaggregation;
  const counts = new Map<string, { count: number; disaggregation: Disaggregation }>();
  for (const o of observations) {
    const key = disaggregationKey(o.disaggregation);
    const seen = counts.get(key);
    counts.set(key, { count: (seen?.count ?? 0) + 1, disaggregation: o.disaggregation });
  }
  const best = [...counts.entries()].sort(
    ([ka, a], [kb, b]) => b.count - a.count || ka.localeCompare(kb),
  )[0];
  return best?.[1].disaggregation ?? {};
}

/** The values of one disaggregation as a line, earliest year first. */
export function lineOf(
  observations: readonly Observation[],
  disaggregation: Disaggregation,
): YearValue[] {
  const key = disaggregationKey(disaggregation);
  return observations
    .filter((o) => disaggregationKey(o.disaggregation) === key)
    .map((o) => ({ year: o.year, value: o.value }))
    .sort((a, b) => a.year - b.year);
}

/** The city's target for a series and disaggregation, as a line from its baseline if known. */
export function targetLine(
  targets: readonly CityTarget[],
  series: string,
  disaggregation: Disaggregation,
): YearValue[] {
  const key = disaggregationKey(disaggregation);
  const target = targets.find(
    (t) => t.series === series && disaggregationKey(t.disaggregation) === key,
  );
  if (!target) return [];
  const end = { year: target.targetYear, value: target.targetValue };
  return target.baselineYear !== null && target.baselineValue !== null
    ? [{ year: target.baselineYear, value: target.baselineValue }, end]
    : [end];
}
