import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors';
import { buildSeries } from './interlinkages.fixtures';
import { aggregateTargets } from './targets';
import type { SeriesLink } from './types';

const catalogue = [
  buildSeries({ series: 'A1', target: '6.1' }),
  buildSeries({ series: 'A2', target: '6.1' }),
  buildSeries({ series: 'B1', target: '11.6' }),
  buildSeries({ series: 'C1', target: '3.9' }),
];

function link(a: string, b: string, rho: number | null): SeriesLink {
  return { unit: 'C1', a, b, rho, n: 6, kind: 'none' };
}

describe('aggregateTargets', () => {
  it('averages ρ over the series pairs of two targets and counts them', () => {
    const targets = aggregateTargets(
      [link('A1', 'B1', 0.9), link('A2', 'B1', 0.3), link('A1', 'C1', -0.7)],
      catalogue,
    );
    expect(targets).toEqual([
      { a: '11.6', b: '6.1', rho: 0.6, pairs: 2 },
      { a: '3.9', b: '6.1', rho: -0.7, pairs: 1 },
    ]);
  });

  it('drops pairs within one target and pairs with an undefined ρ', () => {
    const targets = aggregateTargets(
      [link('A1', 'A2', 1), link('A1', 'B1', null), link('A2', 'B1', -0.2)],
      catalogue,
    );
    expect(targets).toEqual([{ a: '11.6', b: '6.1', rho: -0.2, pairs: 1 }]);
  });

  it('refuses links to series missing from the catalogue', () => {
    expect(() => aggregateTargets([link('A1', 'Q9', 0.5)], catalogue)).toThrow(ValidationError);
  });
});
