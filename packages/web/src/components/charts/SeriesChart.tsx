import { useMemo } from 'react';
import {
  seriesChartOption,
  type SeriesChartLines,
  type SeriesChartText,
} from '../../lib/chart-option.ts';
import { useEChart } from '../../hooks/charts/use-echart.ts';

/** Props of a series chart. */
export interface SeriesChartProps {
  readonly lines: SeriesChartLines;
  readonly text: SeriesChartText;
  /** What the chart shows, in words, for those who cannot see it (the table has every value). */
  readonly label: string;
}

/** A series over the years: the city's values, the country's beside them, the city's target. */
export function SeriesChart({ lines, text, label }: SeriesChartProps) {
  const option = useMemo(() => seriesChartOption(lines, text), [lines, text]);
  const { ref } = useEChart(option);
  return <div ref={ref} className="series-chart" role="img" aria-label={label} />;
}
