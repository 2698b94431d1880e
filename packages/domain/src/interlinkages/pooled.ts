import { classifyLink } from './kind';
import { checkLinkOptions, DEFAULT_LINK_THRESHOLD, DEFAULT_MIN_YEARS } from './options';
import { PairKernel } from './pair-kernel';
import { buildPanels } from './panel';
import type {
  InterlinkageObservation,
  InterlinkageSeries,
  LinkOptions,
  PooledSeriesLink,
} from './types';

/** Options of the pooled correlations. */
export interface PooledLinkOptions extends LinkOptions {
  /** Label of the peer group; it becomes the `unit` of every pooled link. */
  readonly group: string;
}

/**
 * Links pooled across a peer group after per-unit ranking (METHODS §5): for each pair of series,
 * every unit with at least `minYears` overlapping years ranks both series over its own overlap
 * (average ranks) and turns rank r of its n years into the centred mid-rank percentile
 * z = (r − (n + 1)/2) / n, in (−½, ½). The pooled ρ is Pearson's r of all units' (z_x, z_y)
 * together. Ranking within each unit removes differences in level between cities, so only
 * co-movement over time counts; scaling by n puts units with different spans on one scale, so
 * each unit weighs roughly in proportion to its years. With one unit this is that unit's ρ.
 *
 * Pass the observations of the group's units only; every unit present is pooled. Pairs that no
 * unit can correlate get no link; a pooled ρ that is undefined is kept as `rho: null`.
 *
 * @returns links ordered by `a`, then `b`; `n` counts pooled unit-years, `units` the units.
 * @throws ValidationError on bad options, a repeated series or a repeated observation.
 */
export function computePooledLinks(
  observations: readonly InterlinkageObservation[],
  series: readonly InterlinkageSeries[],
  { group, minYears = DEFAULT_MIN_YEARS, threshold = DEFAULT_LINK_THRESHOLD }: PooledLinkOptions,
): PooledSeriesLink[] {
  checkLinkOptions(minYears, threshold);
  const { series: codes, panels } = buildPanels(observations, series);
  const kernels = panels.map((panel) => new PairKernel(panel));
  const links: PooledSeriesLink[] = [];
  for (let i = 0; i < codes.length; i += 1) {
    for (let j = i + 1; j < codes.length; j += 1) {
      let sxy = 0;
      let sxx = 0;
      let syy = 0;
      let n = 0;
      let units = 0;
      for (const kernel of kernels) {
        const { count } = kernel.panel;
        if ((count[i] as number) < minYears || (count[j] as number) < minYears) continue;
        const k = kernel.correlate(i, j);
        if (k < minYears) continue;
        const scale = 1 / (k * k);
        sxy += kernel.sxy * scale;
        sxx += kernel.sxx * scale;
        syy += kernel.syy * scale;
        n += k;
        units += 1;
      }
      if (units === 0) continue;
      const divisor = Math.sqrt(sxx * syy);
      const rho = divisor === 0 ? null : Math.max(-1, Math.min(1, sxy / divisor));
      const kind = classifyLink(rho, threshold);
      links.push({
        unit: group,
        a: codes[i] as string,
        b: codes[j] as string,
        rho,
        n,
        kind,
        units,
      });
    }
  }
  return links;
}
