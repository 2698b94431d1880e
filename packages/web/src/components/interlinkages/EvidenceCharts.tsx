import { LineChart, ScatterChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { use as registerCharts } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import type { EChartsCoreOption } from 'echarts/core';
import { useEChart } from '../../hooks/charts/use-echart.ts';

registerCharts([
  LineChart,
  ScatterChart,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  CanvasRenderer,
]);

/** A link's evidence chart (time or scatter); the option is built by the caller's hook. */
export function EvidenceChart({
  option,
  label,
}: {
  readonly option: EChartsCoreOption;
  readonly label: string;
}) {
  const { ref } = useEChart(option);
  return <div ref={ref} className="evidence-chart" role="img" aria-label={label} />;
}
