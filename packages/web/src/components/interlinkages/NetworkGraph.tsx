import { GraphChart } from 'echarts/charts';
import { TooltipComponent } from 'echarts/components';
import { getInstanceByDom, use as registerCharts } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { NetworkEdge, NetworkNode } from '../../api/interlinkages-types.ts';
import { useEChart } from '../../hooks/charts/use-echart.ts';
import { networkOption, type NetworkText } from '../../lib/network-option.ts';

// The graph chart joins the shared tree-shaken ECharts setup only when a network is shown.
registerCharts([GraphChart, TooltipComponent, CanvasRenderer]);

/** Props of a network chart. */
export interface NetworkGraphProps {
  readonly nodes: readonly NetworkNode[];
  readonly edges: readonly NetworkEdge[];
  readonly text: NetworkText;
  /** What the chart shows, in words; the matrix and lists hold the same links. */
  readonly label: string;
  /** A line (a target link) was clicked. */
  readonly onSelectLink: (link: { readonly a: string; readonly b: string }) => void;
}

/** The target network, drawn with ECharts; clicking a line selects its link. */
export function NetworkGraph({ nodes, edges, text, label, onSelectLink }: NetworkGraphProps) {
  const option = useMemo(() => networkOption(nodes, edges, text), [nodes, edges, text]);
  const { ref: chartRef } = useEChart(option);
  const onSelect = useRef(onSelectLink);
  useEffect(() => {
    onSelect.current = onSelectLink;
  }, [onSelectLink]);
  const ref = useCallback(
    (element: HTMLDivElement | null) => {
      const cleanup = chartRef(element);
      const chart = element ? getInstanceByDom(element) : undefined;
      chart?.on('click', (params) => {
        const data = params.data as { edge?: NetworkEdge } | undefined;
        if (params.dataType === 'edge' && data?.edge) {
          onSelect.current({ a: data.edge.a, b: data.edge.b });
        }
      });
      return cleanup;
    },
    [chartRef],
  );
  return <div ref={ref} className="network-chart" role="img" aria-label={label} />;
}
