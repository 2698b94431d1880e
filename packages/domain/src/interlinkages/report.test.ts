import { describe, expect, it } from 'vitest';
import { buildObservations, buildSeries } from './interlinkages.fixtures';
import { interlinkagesReport } from './report';

const catalogue = [
  buildSeries({ series: 'W', target: '6.1' }),
  buildSeries({ series: 'X', target: '6.1' }),
  buildSeries({ series: 'Y', target: '11.6', direction: 'lower' }),
];
const observations = [
  ...buildObservations('C1', 'W', [1, 2, 3, 4, 5]),
  ...buildObservations('C1', 'X', [2, 1, 4, 3, 5]),
  ...buildObservations('C1', 'Y', [9, 8, 7, 6, 5]),
];

describe('interlinkagesReport', () => {
  it('produces exactly the documented shape, fields in order', () => {
    expect(JSON.stringify(interlinkagesReport(observations, catalogue))).toBe(
      JSON.stringify({
        links: [
          { unit: 'C1', a: 'W', b: 'X', rho: 0.8, n: 5, kind: 'synergy' },
          { unit: 'C1', a: 'W', b: 'Y', rho: 1, n: 5, kind: 'synergy' },
          { unit: 'C1', a: 'X', b: 'Y', rho: 0.8, n: 5, kind: 'synergy' },
        ],
        targets: [{ a: '11.6', b: '6.1', rho: 0.9, pairs: 2 }],
        centrality: [
          { target: '11.6', degree: 1, strength: 0.9, eigenvector: 1 },
          { target: '6.1', degree: 1, strength: 0.9, eigenvector: 1 },
        ],
      }),
    );
  });

  it('is the same byte for byte whatever the order of its input', () => {
    const once = JSON.stringify(interlinkagesReport(observations, catalogue));
    const shuffled = JSON.stringify(
      interlinkagesReport([...observations].reverse(), [...catalogue].reverse()),
    );
    expect(shuffled).toBe(once);
  });

  it('labels pooled links with the peer group and leaves out the pooled unit count', () => {
    const report = interlinkagesReport(observations, catalogue, { peerGroup: 'Mekong' });
    expect(report.links.map((link) => link.unit)).toEqual(['Mekong', 'Mekong', 'Mekong']);
    expect(Object.keys(report.links[0] ?? {})).toEqual(['unit', 'a', 'b', 'rho', 'n', 'kind']);
  });
});
