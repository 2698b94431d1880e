import { ValidationError } from '../errors';
import { compareCodes } from './order';
import type { InterlinkageSeries, SeriesLink, TargetLink } from './types';

/**
 * Target-to-target links (METHODS §5): for each pair of different targets, the mean ρ over the
 * series links between a series of one and a series of the other.
 *
 * - Every link given counts, strong or not: the mean is over all correlated pairs, and the
 *   threshold is applied to the mean later (`networkMeasures`).
 * - Only pairs that passed `minYears` count — `computeLinks` emits no others — and links with an
 *   undefined ρ are skipped: there is nothing to average.
 * - Pairs of two series of the same target are dropped: a target is not linked to itself.
 * - Links of several units are averaged together (`pairs` counts unit-level links); pass one
 *   unit's links, or pooled links, for one network.
 *
 * @returns target links ordered by `a`, then `b` (code-unit order, `a` < `b`).
 * @throws ValidationError when a link names a series missing from the catalogue.
 */
export function aggregateTargets(
  links: readonly SeriesLink[],
  series: readonly InterlinkageSeries[],
): TargetLink[] {
  const targetOf = new Map(series.map((entry) => [entry.series, entry.target]));
  const missing = new Set<string>();
  const sums = new Map<string, { a: string; b: string; sum: number; pairs: number }>();
  for (const link of links) {
    const ta = targetOf.get(link.a);
    const tb = targetOf.get(link.b);
    if (ta === undefined) missing.add(link.a);
    if (tb === undefined) missing.add(link.b);
    if (ta === undefined || tb === undefined || ta === tb || link.rho === null) continue;
    const [a, b] = compareCodes(ta, tb) < 0 ? [ta, tb] : [tb, ta];
    const key = `${a}\u0000${b}`;
    const entry = sums.get(key);
    if (entry === undefined) sums.set(key, { a, b, sum: link.rho, pairs: 1 });
    else {
      entry.sum += link.rho;
      entry.pairs += 1;
    }
  }
  if (missing.size > 0) {
    throw new ValidationError(
      'Links name series missing from the catalogue',
      [...missing].sort(compareCodes).map((code) => ({ field: code, message: 'unknown series' })),
    );
  }
  return [...sums.values()]
    .sort((x, y) => compareCodes(x.a, y.a) || compareCodes(x.b, y.b))
    .map(({ a, b, sum, pairs }) => ({ a, b, rho: sum / pairs, pairs }));
}
