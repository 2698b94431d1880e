import {
  lowerBoundProbability,
  peerLowerBoundProblem,
  type CodebookEntry,
} from '@frontrunner/domain';
import { quantile } from 'simple-statistics';

/** One series of a peer group: its codebook entry and the latest value of each of its cities. */
export interface PeerSeriesValues {
  readonly entry: Pick<CodebookEntry, 'series' | 'optimum' | 'lowerBound'>;
  /** One value a city: the latest approved one. */
  readonly values: readonly number[];
}

/** What a group's percentile gives for each series. */
export interface PeerBounds {
  readonly bounds: readonly { series: string; lowerBound: number; cities: number }[];
  readonly skipped: readonly { series: string; cities: number; reason: string }[];
}

/**
 * A peer group's lower bounds (METHODS §1, SDSN's rule on the group's own distribution): per
 * series, the `percentile` of its cities' latest values counted from the worst end
 * (simple-statistics `quantile`, linear interpolation as numpy's default). A series is skipped,
 * with the reason, when fewer than `minCities` cities have a value or when the percentile
 * reaches the optimum (the group cannot be told apart on it).
 * @example peerLowerBounds([{ entry: { series: 'a', optimum: 100, lowerBound: 0 }, values: [10, 20, 30, 40, 50] }], { percentile: 25, minCities: 5 }).bounds // [{ series: 'a', lowerBound: 20, cities: 5 }]
 */
export function peerLowerBounds(
  series: readonly PeerSeriesValues[],
  options: { percentile: number; minCities: number },
): PeerBounds {
  const bounds: { series: string; lowerBound: number; cities: number }[] = [];
  const skipped: { series: string; cities: number; reason: string }[] = [];
  for (const { entry, values } of series) {
    const cities = values.length;
    if (cities < options.minCities) {
      skipped.push({
        series: entry.series,
        cities,
        reason: `${cities} ${cities === 1 ? 'city has' : 'cities have'} a value; at least ${options.minCities} are needed`,
      });
      continue;
    }
    const lowerBound = quantile([...values], lowerBoundProbability(entry, options.percentile));
    const problem = peerLowerBoundProblem(entry, lowerBound);
    if (problem) skipped.push({ series: entry.series, cities, reason: problem });
    else bounds.push({ series: entry.series, lowerBound, cities });
  }
  return { bounds, skipped };
}
