import { SDG_GOAL_COLOURS } from '@frontrunner/domain';
import type { EChartsCoreOption } from 'echarts/core';
import type { LinkKind, NetworkEdge, NetworkNode } from '../api/interlinkages-types.ts';

/** Edge colours (3:1 on white); the line style tells the kinds apart too, not colour alone. */
export const linkStyles = {
  synergy: { color: '#1d6b34', type: 'solid' },
  'trade-off': { color: '#b3261e', type: 'dashed' },
} as const satisfies Record<LinkKind, { color: string; type: string }>;

/** Words of the network chart, in the interface language. */
export interface NetworkText {
  /** A node's tooltip: its target, goal and centrality. */
  readonly node: (node: NetworkNode) => string;
  /** An edge's tooltip: its targets, kind and ρ. */
  readonly edge: (edge: NetworkEdge) => string;
}

/** A node's size in pixels, from its eigenvector centrality (0–1). */
export function nodeSize(eigenvector: number): number {
  return Math.round(10 + 26 * Math.max(0, Math.min(1, eigenvector)));
}

const byTarget = (x: NetworkNode, y: NetworkNode) =>
  x.target.localeCompare(y.target, 'en', { numeric: true });

/**
 * The ECharts option of a target network: targets around a circle in goal order, coloured by
 * goal and labelled with the goal number, sized by centrality; synergies solid green lines,
 * trade-offs dashed red lines.
 */
export function networkOption(
  nodes: readonly NetworkNode[],
  edges: readonly NetworkEdge[],
  text: NetworkText,
): EChartsCoreOption {
  const nodeByTarget = new Map(nodes.map((n) => [n.target, n]));
  return {
    animation: false,
    tooltip: {
      formatter: (params: {
        dataType?: string;
        data?: { node?: NetworkNode; edge?: NetworkEdge };
      }) =>
        params.data?.edge
          ? text.edge(params.data.edge)
          : params.data?.node
            ? text.node(params.data.node)
            : '',
    },
    series: [
      {
        type: 'graph',
        layout: 'circular',
        circular: { rotateLabel: false },
        roam: true,
        data: [...nodes].sort(byTarget).map((node) => ({
          name: node.target,
          node,
          symbolSize: nodeSize(node.eigenvector),
          itemStyle: {
            color: SDG_GOAL_COLOURS[node.goal] ?? '#6b7280',
            borderColor: '#1b1f24',
            borderWidth: 0.5,
          },
          label: { show: true, formatter: String(node.goal), fontSize: 10, color: '#1b1f24' },
        })),
        links: edges
          .filter((e) => nodeByTarget.has(e.a) && nodeByTarget.has(e.b))
          .map((edge) => ({
            source: edge.a,
            target: edge.b,
            edge,
            lineStyle: {
              color: linkStyles[edge.kind].color,
              type: linkStyles[edge.kind].type,
              width: 1 + 2 * Math.abs(edge.rho),
              opacity: 0.35,
              curveness: 0.15,
            },
          })),
        emphasis: { focus: 'adjacency', lineStyle: { opacity: 1, width: 3 } },
      },
    ],
  };
}
