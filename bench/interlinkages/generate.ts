import type { InterlinkageObservation, InterlinkageSeries } from '@frontrunner/domain';

/** Shape of the synthetic data set: 400 series × 20 years × 10 units. */
export const SHAPE = { units: 10, series: 400, years: 20, firstYear: 2005, factors: 4 } as const;

/** mulberry32: a small seeded generator in [0, 1), so every run sees the same data. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The synthetic catalogue and observations, values already as the CSV will print them. */
export interface SyntheticData {
  readonly catalogue: InterlinkageSeries[];
  readonly observations: InterlinkageObservation[];
}

/**
 * Series driven by a few shared latent trends per unit (so real synergies and trade-offs
 * appear), plus noise. Per unit and series: 65% full coverage, 23% missing 1–5 random years,
 * 7% short (5–9 random years, so overlaps fall on both sides of min_periods), 3% sparse (3–4
 * years), 2% constant; every fifth series is coarse integers, so ties are common. Values are rounded to 4 decimals so CSV text and numbers agree exactly.
 */
export function generate(seed = 20240601): SyntheticData {
  const random = seededRandom(seed);
  const normal = (): number =>
    Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const codes = Array.from(
    { length: SHAPE.series },
    (_, k) => `S${String(k + 1).padStart(3, '0')}`,
  );
  const catalogue: InterlinkageSeries[] = codes.map((series, k) => ({
    series,
    target: `${1 + (k % 17)}.${1 + (Math.floor(k / 17) % 6)}`,
    direction: k % 4 === 3 ? 'lower' : 'higher',
  }));
  const loadings = codes.map(() => Array.from({ length: SHAPE.factors }, normal));

  const observations: InterlinkageObservation[] = [];
  for (let u = 0; u < SHAPE.units; u += 1) {
    const unit = `U${String(u + 1).padStart(2, '0')}`;
    const factors = Array.from({ length: SHAPE.factors }, () => {
      let level = 0;
      return Array.from({ length: SHAPE.years }, () => (level += normal()));
    });
    codes.forEach((series, k) => {
      const kind = random();
      const keep = yearsKept(kind, random);
      const coarse = k % 5 === 0;
      const constant = kind >= 0.03 && kind < 0.05;
      for (let t = 0; t < SHAPE.years; t += 1) {
        if (!keep[t]) continue;
        const signal = (loadings[k] as number[]).reduce(
          (sum, weight, m) => sum + weight * ((factors[m] as number[])[t] as number),
          0,
        );
        const raw = constant ? 42 : signal + 2 * normal();
        const value = coarse ? Math.round(raw / 3) : Number(raw.toFixed(4));
        observations.push({ unit, series, year: SHAPE.firstYear + t, value });
      }
    });
  }
  return { catalogue, observations };
}

/** Which years a (unit, series) keeps, by its draw `kind` (see `generate`). */
function yearsKept(kind: number, random: () => number): boolean[] {
  const keep = new Array<boolean>(SHAPE.years).fill(true);
  const drop = (count: number): void => {
    for (let dropped = 0; dropped < count;) {
      const t = Math.floor(random() * SHAPE.years);
      if (keep[t]) {
        keep[t] = false;
        dropped += 1;
      }
    }
  };
  if (kind < 0.03) drop(SHAPE.years - 3 - Math.floor(random() * 2));
  else if (kind >= 0.05 && kind < 0.12) drop(SHAPE.years - 5 - Math.floor(random() * 5));
  else if (kind >= 0.12 && kind < 0.35) drop(1 + Math.floor(random() * 5));
  return keep;
}

/** The observations as CSV (`unit,series,year,value`) and the catalogue (`series,target,direction`). */
export function toCsv(data: SyntheticData): { observations: string; series: string } {
  const rows = data.observations.map((o) => `${o.unit},${o.series},${o.year},${o.value}`);
  const series = data.catalogue.map((s) => `${s.series},${s.target},${s.direction}`);
  return {
    observations: ['unit,series,year,value', ...rows].join('\n') + '\n',
    series: ['series,target,direction', ...series].join('\n') + '\n',
  };
}

/** Parses what `toCsv` wrote: the load step timed on our side. */
export function parseCsv(observations: string, series: string): SyntheticData {
  const lines = (text: string): string[][] =>
    text
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split(','));
  return {
    observations: lines(observations).map(([unit, code, year, value]) => ({
      unit: unit as string,
      series: code as string,
      year: Number(year),
      value: Number(value),
    })),
    catalogue: lines(series).map(([code, target, direction]) => ({
      series: code as string,
      target: target as string,
      direction: direction === 'lower' ? 'lower' : 'higher',
    })),
  };
}
