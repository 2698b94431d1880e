import { aggregateTargets } from './targets';
import { computeLinks } from './links';
import { networkMeasures } from './network';
import { DEFAULT_LINK_THRESHOLD, DEFAULT_MIN_YEARS } from './options';
import { computePooledLinks } from './pooled';
import type {
  InterlinkageObservation,
  InterlinkageSeries,
  InterlinkagesReport,
  LinkOptions,
  SeriesLink,
} from './types';

/** Options of `interlinkagesReport`. */
export interface InterlinkagesReportOptions extends LinkOptions {
  /**
   * When set, the units in the observations are pooled as one peer group with this label
   * (`computePooledLinks`); otherwise each unit is correlated on its own (`computeLinks`).
   */
  readonly peerGroup?: string;
}

/**
 * The whole data-derived interlinkage analysis in the shape the CLI prints:
 * series links, target-to-target links and per-target network measures, each ordered
 * deterministically (links by unit, a, b; targets by a, b; centrality by target) and holding
 * exactly the documented fields, so the JSON is stable byte for byte.
 *
 * For one city's network pass one city's observations; with several units and no `peerGroup`,
 * the target links average all units' links (see `aggregateTargets`).
 *
 * @example JSON.stringify(interlinkagesReport(observations, catalogue))
 *   // {"links":[{"unit","a","b","rho","n","kind"}],"targets":[{"a","b","rho","pairs"}],
 *   //  "centrality":[{"target","degree","strength","eigenvector"}]}
 */
export function interlinkagesReport(
  observations: readonly InterlinkageObservation[],
  series: readonly InterlinkageSeries[],
  {
    minYears = DEFAULT_MIN_YEARS,
    threshold = DEFAULT_LINK_THRESHOLD,
    peerGroup,
  }: InterlinkagesReportOptions = {},
): InterlinkagesReport {
  const links: readonly SeriesLink[] =
    peerGroup === undefined
      ? computeLinks(observations, series, { minYears, threshold })
      : computePooledLinks(observations, series, { group: peerGroup, minYears, threshold });
  const targets = aggregateTargets(links, series);
  return {
    links: links.map(({ unit, a, b, rho, n, kind }) => ({ unit, a, b, rho, n, kind })),
    targets: targets.map(({ a, b, rho, pairs }) => ({ a, b, rho, pairs })),
    centrality: networkMeasures(targets, threshold).map(
      ({ target, degree, strength, eigenvector }) => ({ target, degree, strength, eigenvector }),
    ),
  };
}
