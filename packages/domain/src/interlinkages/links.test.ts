import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors';
import { buildObservations, buildSeries } from './interlinkages.fixtures';
import { computeLinks } from './links';
import { spearman } from './spearman';

const catalogue = [
  buildSeries({ series: 'X', target: '1.1' }),
  buildSeries({ series: 'Y', target: '2.1' }),
];

describe('computeLinks', () => {
  it('correlates a pair over its overlapping years only, re-ranked on the overlap', () => {
    // X has 2001–2007, Y has 2003–2009: the overlap is 2003–2007
    const x = [50, 40, 1, 2, 3, 5, 4];
    const y = [3, 1, 2, 4, 5, 0, 0];
    const observations = [
      ...buildObservations('C1', 'X', x, 2001),
      ...buildObservations('C1', 'Y', y, 2003),
    ];
    const [link] = computeLinks(observations, catalogue);
    expect(link).toMatchObject({ unit: 'C1', a: 'X', b: 'Y', n: 5 });
    expect(link?.rho).toBeCloseTo(spearman([1, 2, 3, 5, 4], [3, 1, 2, 4, 5]) as number, 15);
  });

  it('makes no link below minYears and one at exactly minYears', () => {
    const observations = [
      ...buildObservations('C1', 'X', [1, 2, 3, 4, 5]),
      ...buildObservations('C1', 'Y', [1, 2, 3, 4, null]),
    ];
    expect(computeLinks(observations, catalogue)).toEqual([]);
    expect(computeLinks(observations, catalogue, { minYears: 4 })).toEqual([
      { unit: 'C1', a: 'X', b: 'Y', rho: 1, n: 4, kind: 'synergy' },
    ]);
  });

  it('classifies ρ of exactly +0.6 as a synergy and −0.6 as a trade-off', () => {
    // Σd² = 8 over 5 years: ρ = 1 − 48/120 = 0.6 exactly
    const x = [1, 2, 3, 4, 5];
    const y = [3, 2, 1, 4, 5];
    const up = computeLinks(
      [...buildObservations('C1', 'X', x), ...buildObservations('C1', 'Y', y)],
      catalogue,
    );
    expect(up[0]).toMatchObject({ rho: 0.6, kind: 'synergy' });
    const down = computeLinks(
      [
        ...buildObservations('C1', 'X', x),
        ...buildObservations(
          'C1',
          'Y',
          y.map((v) => -v),
        ),
      ],
      catalogue,
    );
    expect(down[0]).toMatchObject({ rho: -0.6, kind: 'trade-off' });
    const weaker = computeLinks(
      [...buildObservations('C1', 'X', x), ...buildObservations('C1', 'Y', y)],
      catalogue,
      { threshold: 0.61 },
    );
    expect(weaker[0]?.kind).toBe('none');
  });

  it('aligns lower-is-better series before correlating', () => {
    const observations = [
      ...buildObservations('C1', 'X', [1, 2, 3, 4, 5]),
      ...buildObservations('C1', 'Y', [10, 8, 6, 4, 2]),
    ];
    expect(computeLinks(observations, catalogue)[0]).toMatchObject({ rho: -1, kind: 'trade-off' });
    const lowerIsBetter = [catalogue[0]!, buildSeries({ series: 'Y', direction: 'lower' })];
    expect(computeLinks(observations, lowerIsBetter)[0]).toMatchObject({
      rho: 1,
      kind: 'synergy',
    });
  });

  it('keeps a pair with a constant series, with rho null and its n', () => {
    const observations = [
      ...buildObservations('C1', 'X', [1, 2, 3, 4, 5, 6]),
      ...buildObservations('C1', 'Y', [7, 7, 7, 7, 7, 7]),
    ];
    expect(computeLinks(observations, catalogue)).toEqual([
      { unit: 'C1', a: 'X', b: 'Y', rho: null, n: 6, kind: 'none' },
    ]);
  });

  it('orders links by unit, then series code, whatever the input order', () => {
    const three = [...catalogue, buildSeries({ series: 'W', target: '3.1' })];
    const observations = ['C2', 'C1'].flatMap((unit) =>
      ['Y', 'W', 'X'].flatMap((series) => buildObservations(unit, series, [1, 3, 2, 5, 4])),
    );
    const keys = computeLinks(observations, three).map((l) => `${l.unit}:${l.a}-${l.b}`);
    expect(keys).toEqual(['C1:W-X', 'C1:W-Y', 'C1:X-Y', 'C2:W-X', 'C2:W-Y', 'C2:X-Y']);
  });

  it('ignores series missing from the catalogue and non-finite values', () => {
    const observations = [
      ...buildObservations('C1', 'X', [1, 2, 3, 4, 5, Number.NaN]),
      ...buildObservations('C1', 'Y', [1, 2, 3, 4, 5, 0]),
      ...buildObservations('C1', 'Z', [5, 4, 3, 2, 1, 0]),
    ];
    expect(computeLinks(observations, catalogue)).toEqual([
      { unit: 'C1', a: 'X', b: 'Y', rho: 1, n: 5, kind: 'synergy' },
    ]);
  });

  it('refuses two observations of one unit, series and year', () => {
    const observations = [
      ...buildObservations('C1', 'X', [1, 2, 3, 4, 5]),
      { unit: 'C1', series: 'X', year: 2003, value: 9 },
    ];
    expect(() => computeLinks(observations, catalogue)).toThrow(ValidationError);
  });

  it('refuses a catalogue that lists a series twice, and meaningless options', () => {
    expect(() => computeLinks([], [...catalogue, catalogue[0]!])).toThrow(ValidationError);
    expect(() => computeLinks([], catalogue, { minYears: 1 })).toThrow(ValidationError);
    expect(() => computeLinks([], catalogue, { threshold: 1.5 })).toThrow(ValidationError);
  });
});
