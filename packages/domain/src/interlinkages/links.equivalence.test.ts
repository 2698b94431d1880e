import { describe, expect, it } from 'vitest';
import { buildSeries, seededRandom } from './interlinkages.fixtures';
import { computeLinks } from './links';
import { spearman } from './spearman';
import type { InterlinkageObservation } from './types';

/**
 * The kernel ranks pairs with identical years once per series and every other pair from stored
 * sort orders; both paths must agree with the plain definition on random data full of gaps and
 * ties.
 */
describe('computeLinks on random data with gaps and ties', () => {
  const random = seededRandom(42);
  const years = Array.from({ length: 12 }, (_, k) => 2010 + k);
  const codes = Array.from({ length: 14 }, (_, k) => `S${String(k).padStart(2, '0')}`);
  const catalogue = codes.map((series, k) =>
    buildSeries({ series, target: `${k % 4}.1`, direction: k % 3 === 0 ? 'lower' : 'higher' }),
  );
  const observations: InterlinkageObservation[] = [];
  for (const unit of ['A', 'B']) {
    codes.forEach((series, k) => {
      // a third of the series share full coverage; the rest miss a few random years
      const gappy = k % 3 !== 0;
      for (const year of years) {
        if (gappy && random() < 0.25) continue;
        // coarse values make ties common
        observations.push({ unit, series, year, value: Math.floor(random() * 5) });
      }
    });
  }

  const valueOf = new Map(observations.map((o) => [`${o.unit}|${o.series}|${o.year}`, o.value]));
  const aligned = (unit: string, series: string, year: number): number => {
    const value = valueOf.get(`${unit}|${series}|${year}`);
    if (value === undefined) return Number.NaN;
    const lower = catalogue.find((entry) => entry.series === series)?.direction === 'lower';
    return lower ? -value : value;
  };

  it('gives every pair with enough overlap the ρ of its overlapping years', () => {
    const links = computeLinks(observations, catalogue, { minYears: 5 });
    let expected = 0;
    for (const unit of ['A', 'B']) {
      for (let i = 0; i < codes.length; i += 1) {
        for (let j = i + 1; j < codes.length; j += 1) {
          const a = codes[i] as string;
          const b = codes[j] as string;
          const xs = years.map((year) => aligned(unit, a, year));
          const ys = years.map((year) => aligned(unit, b, year));
          const n = xs.filter((x, k) => !Number.isNaN(x) && !Number.isNaN(ys[k] as number)).length;
          if (n < 5) continue;
          expected += 1;
          const link = links.find((l) => l.unit === unit && l.a === a && l.b === b);
          expect(link?.n).toBe(n);
          const rho = spearman(xs, ys);
          if (rho === null) expect(link?.rho).toBeNull();
          else expect(link?.rho).toBeCloseTo(rho, 12);
        }
      }
    }
    expect(links).toHaveLength(expected);
    expect(expected).toBeGreaterThan(100);
  });
});
