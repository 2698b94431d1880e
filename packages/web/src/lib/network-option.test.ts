import { describe, expect, it } from 'vitest';
import type { NetworkEdge, NetworkNode } from '../api/interlinkages-types.ts';
import { networkOption, nodeSize } from './network-option.ts';

const nodes: NetworkNode[] = [
  { target: '11.6', goal: 11, degree: 2, eigenvector: 1 },
  { target: '3.9', goal: 3, degree: 2, eigenvector: 0.5 },
];
const edges: NetworkEdge[] = [
  { a: '11.6', b: '3.9', kind: 'trade-off', rho: -0.7, pairs: 1 },
  { a: '11.6', b: '9.9', kind: 'synergy', rho: 0.7, pairs: 1 },
];
const text = { node: (n: NetworkNode) => n.target, edge: (e: NetworkEdge) => e.kind };

interface GraphSeries {
  data: { name: string; symbolSize: number; label: { formatter: string } }[];
  links: { source: string; lineStyle: { type: string } }[];
}

describe('networkOption', () => {
  const option = networkOption(nodes, edges, text) as { series: GraphSeries[] };
  const series = option.series[0] as GraphSeries;

  it('orders targets by number and labels each node with its goal number', () => {
    expect(series.data.map((d) => [d.name, d.label.formatter])).toEqual([
      ['3.9', '3'],
      ['11.6', '11'],
    ]);
  });

  it('draws trade-offs dashed so they differ from synergies without colour', () => {
    expect(series.links).toHaveLength(1);
    expect(series.links[0]?.lineStyle.type).toBe('dashed');
  });

  it('sizes nodes by centrality, within bounds', () => {
    expect(nodeSize(1)).toBeGreaterThan(nodeSize(0.5));
    expect(nodeSize(5)).toBe(nodeSize(1));
    expect(nodeSize(-1)).toBe(10);
  });
});
