import { describe, expect, it } from 'vitest';
import { buildObservations, buildSeries } from './interlinkages.fixtures';
import { computeLinks } from './links';
import { computePooledLinks } from './pooled';
import { spearman } from './spearman';

const catalogue = [
  buildSeries({ series: 'X', target: '1.1' }),
  buildSeries({ series: 'Y', target: '2.1' }),
];

describe('computePooledLinks', () => {
  it('equals the per-unit ρ when the group has one unit', () => {
    const observations = [
      ...buildObservations('C1', 'X', [1, 2, 3, 4, 5, 6]),
      ...buildObservations('C1', 'Y', [2, 1, 4, 4, 6, 5]),
    ];
    const [pooled] = computePooledLinks(observations, catalogue, { group: 'G' });
    const [single] = computeLinks(observations, catalogue);
    expect(pooled?.rho).toBeCloseTo(single?.rho as number, 15);
    expect(pooled).toMatchObject({ unit: 'G', n: 6, units: 1 });
  });

  it('ranks within each unit, so differences in level between units do not count', () => {
    // both cities move X and Y together, but at opposite levels
    const observations = [
      ...buildObservations('C1', 'X', [1, 2, 3, 4, 5]),
      ...buildObservations('C1', 'Y', [101, 102, 103, 104, 105]),
      ...buildObservations('C2', 'X', [101, 102, 103, 104, 105]),
      ...buildObservations('C2', 'Y', [1, 2, 3, 4, 5]),
    ];
    const [pooled] = computePooledLinks(observations, catalogue, { group: 'G' });
    expect(pooled).toMatchObject({ rho: 1, n: 10, units: 2, kind: 'synergy' });
    // ranking the raw values together would see a trade-off instead
    const raw = spearman(
      [1, 2, 3, 4, 5, 101, 102, 103, 104, 105],
      [101, 102, 103, 104, 105, 1, 2, 3, 4, 5],
    );
    expect(raw).toBeLessThan(-0.4);
  });

  it('weighs each unit by its centred mid-rank percentiles', () => {
    // C1: ρ = +1 over 5 years, Σz² = 10/25; C2: ρ = −1 over 6 years, Σz² = 17.5/36
    const observations = [
      ...buildObservations('C1', 'X', [1, 2, 3, 4, 5]),
      ...buildObservations('C1', 'Y', [1, 2, 3, 4, 5]),
      ...buildObservations('C2', 'X', [1, 2, 3, 4, 5, 6]),
      ...buildObservations('C2', 'Y', [6, 5, 4, 3, 2, 1]),
    ];
    const [pooled] = computePooledLinks(observations, catalogue, { group: 'G' });
    expect(pooled?.rho).toBeCloseTo((10 / 25 - 17.5 / 36) / (10 / 25 + 17.5 / 36), 15);
    expect(pooled).toMatchObject({ n: 11, units: 2, kind: 'none' });
  });

  it('leaves out units below minYears, and makes no link when no unit qualifies', () => {
    const observations = [
      ...buildObservations('C1', 'X', [1, 2, 3, 4, 5]),
      ...buildObservations('C1', 'Y', [1, 2, 3, 4, 5]),
      ...buildObservations('C2', 'X', [1, 2, 3, 4]),
      ...buildObservations('C2', 'Y', [4, 3, 2, 1]),
    ];
    const [pooled] = computePooledLinks(observations, catalogue, { group: 'G' });
    expect(pooled).toMatchObject({ rho: 1, n: 5, units: 1 });
    expect(computePooledLinks(observations, catalogue, { group: 'G', minYears: 6 })).toEqual([]);
  });
});
