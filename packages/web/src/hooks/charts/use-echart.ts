import { LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import {
  init,
  use as registerCharts,
  type EChartsCoreOption,
  type EChartsType,
} from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useCallback, useEffect, useState } from 'react';

// Only what the series charts draw: lines on a grid, a legend and a tooltip, on canvas.
registerCharts([LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

/** The ref that mounts a chart on a container element. */
export interface EChartHandle {
  readonly ref: (element: HTMLDivElement | null) => (() => void) | undefined;
}

/**
 * Mounts an ECharts chart (tree-shaken: line chart and its components only), keeps it the
 * width of its container, and shows `option` whenever it changes.
 */
export function useEChart(option: EChartsCoreOption): EChartHandle {
  const [chart, setChart] = useState<EChartsType>();
  const ref = useCallback((element: HTMLDivElement | null) => {
    if (element === null) return undefined;
    const created = init(element, undefined, { renderer: 'canvas' });
    const observer = new ResizeObserver(() => created.resize());
    observer.observe(element);
    setChart(created);
    return () => {
      observer.disconnect();
      created.dispose();
      setChart(undefined);
    };
  }, []);
  useEffect(() => {
    chart?.setOption(option, { notMerge: true });
  }, [chart, option]);
  return { ref };
}
