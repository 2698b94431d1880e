import { classifyLink } from './kind';
import { checkLinkOptions, DEFAULT_LINK_THRESHOLD, DEFAULT_MIN_YEARS } from './options';
import { PairKernel } from './pair-kernel';
import { buildPanels } from './panel';
import type { InterlinkageObservation, InterlinkageSeries, LinkOptions, SeriesLink } from './types';

/**
 * Data-derived links between series, per unit (METHODS §5). Values are aligned so that "up" is
 * desirable; then, in each unit, every pair of catalogue series with at least `minYears`
 * overlapping years gets Spearman's ρ over exactly those years (re-ranked on the overlap, as
 * pandas `DataFrame.corr(method="spearman", min_periods=minYears)` does). Pairs with fewer
 * years get no link at all; a pair whose ρ is undefined (a series constant over the overlap)
 * is kept with `rho: null`, kind `none`, so its n still shows.
 *
 * @returns links ordered by unit, then `a`, then `b` (code-unit order, `a` < `b`).
 * @throws ValidationError on bad options, a repeated series or a repeated observation.
 * @example computeLinks(observations, catalogue, { minYears: 5, threshold: 0.6 })
 */
export function computeLinks(
  observations: readonly InterlinkageObservation[],
  series: readonly InterlinkageSeries[],
  { minYears = DEFAULT_MIN_YEARS, threshold = DEFAULT_LINK_THRESHOLD }: LinkOptions = {},
): SeriesLink[] {
  checkLinkOptions(minYears, threshold);
  const { series: codes, panels } = buildPanels(observations, series);
  const links: SeriesLink[] = [];
  for (const panel of panels) {
    const kernel = new PairKernel(panel);
    const { count } = panel;
    for (let i = 0; i < codes.length; i += 1) {
      if ((count[i] as number) < minYears) continue;
      for (let j = i + 1; j < codes.length; j += 1) {
        if ((count[j] as number) < minYears) continue;
        const n = kernel.correlate(i, j);
        if (n < minYears) continue;
        const rho = kernel.rho();
        const kind = classifyLink(rho, threshold);
        links.push({
          unit: panel.unit,
          a: codes[i] as string,
          b: codes[j] as string,
          rho,
          n,
          kind,
        });
      }
    }
  }
  return links;
}
