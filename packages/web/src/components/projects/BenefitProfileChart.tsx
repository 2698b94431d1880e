import { BarChart } from 'echarts/charts';
import { MarkLineComponent } from 'echarts/components';
import { use as registerCharts, type EChartsCoreOption } from 'echarts/core';
import { useMemo } from 'react';
import { useEChart } from '../../hooks/charts/use-echart.ts';

// Bars on top of what use-echart registers (grid, tooltip, canvas): still tree-shaken.
registerCharts([BarChart, MarkLineComponent]);

/** One bar of the profile: a dimension's name and its net weight (trade-offs subtracted). */
export interface ProfileBar {
  readonly label: string;
  readonly value: number;
}

/** Props of the benefit profile chart. */
export interface BenefitProfileChartProps {
  readonly bars: readonly ProfileBar[];
  /** What the chart shows, in words; the table beside it has every value. */
  readonly label: string;
}

const positive = '#0b6e4f';
const negative = '#b3261e';

/** Net benefit per dimension as horizontal bars, negative ones (trade-offs) to the left in red. */
export function BenefitProfileChart({ bars, label }: BenefitProfileChartProps) {
  const option = useMemo<EChartsCoreOption>(() => {
    const extent = Math.max(3, ...bars.map((bar) => Math.abs(bar.value)));
    return {
      animation: false,
      grid: { left: 8, right: 24, top: 8, bottom: 24, containLabel: true },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      xAxis: { type: 'value', min: -extent, max: extent, minInterval: 1 },
      yAxis: {
        type: 'category',
        inverse: true,
        data: bars.map((bar) => bar.label),
        axisLabel: { fontSize: 13, color: '#1f2933' },
      },
      series: [
        {
          type: 'bar',
          barWidth: '55%',
          data: bars.map((bar) => ({
            value: bar.value,
            itemStyle: { color: bar.value < 0 ? negative : positive },
          })),
          label: { show: true, position: 'right', color: '#1f2933' },
          markLine: {
            silent: true,
            symbol: 'none',
            label: { show: false },
            lineStyle: { color: '#52606d', type: 'solid' },
            data: [{ xAxis: 0 }],
          },
        },
      ],
    };
  }, [bars]);
  const { ref } = useEChart(option);
  return <div ref={ref} className="profile-chart" role="img" aria-label={label} />;
}
