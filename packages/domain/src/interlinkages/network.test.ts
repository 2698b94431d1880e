import { describe, expect, it } from 'vitest';
import { networkMeasures } from './network';
import type { TargetCentrality, TargetLink } from './types';

function links(...edges: [string, string, number][]): TargetLink[] {
  return edges.map(([a, b, rho]) => ({ a, b, rho, pairs: 1 }));
}

function byTarget(measures: readonly TargetCentrality[]): Record<string, TargetCentrality> {
  return Object.fromEntries(measures.map((m) => [m.target, m]));
}

describe('networkMeasures', () => {
  it('puts the centre of a star highest, leaves at 1/√3', () => {
    const m = byTarget(
      networkMeasures(links(['c', 'l1', 0.8], ['c', 'l2', 0.8], ['c', 'l3', 0.8])),
    );
    expect(m.c).toMatchObject({ degree: 3, eigenvector: 1 });
    expect(m.c?.strength).toBeCloseTo(2.4, 12);
    for (const leaf of ['l1', 'l2', 'l3']) {
      expect(m[leaf]?.degree).toBe(1);
      expect(m[leaf]?.eigenvector).toBeCloseTo(1 / Math.sqrt(3), 9);
    }
  });

  it('gives every corner of a triangle the same centrality', () => {
    const measures = networkMeasures(links(['a', 'b', 0.7], ['b', 'c', 0.7], ['a', 'c', 0.7]));
    expect(measures.map((m) => m.eigenvector)).toEqual([1, 1, 1]);
    expect(measures.map((m) => m.degree)).toEqual([2, 2, 2]);
  });

  it('gives zeros to a network whose links are all below the threshold', () => {
    expect(networkMeasures(links(['a', 'b', 0.59], ['b', 'c', -0.5]))).toEqual([
      { target: 'a', degree: 0, strength: 0, eigenvector: 0 },
      { target: 'b', degree: 0, strength: 0, eigenvector: 0 },
      { target: 'c', degree: 0, strength: 0, eigenvector: 0 },
    ]);
    expect(networkMeasures([])).toEqual([]);
  });

  it('counts links at exactly ±0.6 and trade-offs in degree and strength, not in eigenvector', () => {
    const m = byTarget(networkMeasures(links(['a', 'b', 0.6], ['a', 'c', -0.6])));
    expect(m.a).toMatchObject({ degree: 2, strength: 1.2, eigenvector: 1 });
    expect(m.b).toMatchObject({ degree: 1, eigenvector: 1 });
    expect(m.c).toMatchObject({ degree: 1, strength: 0.6, eigenvector: 0 });
  });

  it('keeps eigenvector centrality on the dominant component of a disconnected network', () => {
    const m = byTarget(
      networkMeasures(
        links(['a', 'b', 0.9], ['b', 'c', 0.9], ['a', 'c', 0.9], ['x', 'y', 0.9], ['p', 'q', 0.1]),
      ),
    );
    expect([m.a, m.b, m.c].map((t) => t?.eigenvector)).toEqual([1, 1, 1]);
    expect([m.x, m.y, m.p, m.q].map((t) => t?.eigenvector)).toEqual([0, 0, 0, 0]);
    expect(m.x?.degree).toBe(1);
  });

  it('scales components that tie on the leading eigenvalue to 1 each', () => {
    const measures = networkMeasures(
      links(
        ['a', 'b', 0.8],
        ['b', 'c', 0.8],
        ['a', 'c', 0.8],
        ['x', 'y', 0.8],
        ['y', 'z', 0.8],
        ['x', 'z', 0.8],
      ),
    );
    expect(measures.map((m) => m.eigenvector)).toEqual([1, 1, 1, 1, 1, 1]);
  });

  it('converges on a path, whose plain power iteration would oscillate', () => {
    const m = byTarget(networkMeasures(links(['a', 'b', 1], ['b', 'c', 1])));
    expect(m.b?.eigenvector).toBe(1);
    expect(m.a?.eigenvector).toBeCloseTo(Math.SQRT1_2, 9);
  });
});
