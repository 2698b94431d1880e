import type { EChartsCoreOption } from 'echarts/core';
import type { YearValue } from './series-data.ts';

/** The lines of one series' chart. */
export interface SeriesChartLines {
  /** The city's values. */
  readonly city: readonly YearValue[];
  /** The country's values of the same series; empty when it has none. */
  readonly country: readonly YearValue[];
  /** The city's target (from its baseline when known); empty without a target. */
  readonly target: readonly YearValue[];
}

/** Words and number formatting of a chart, in the interface language. */
export interface SeriesChartText {
  readonly city: string;
  readonly country: string;
  readonly target: string;
  /** A value as the tooltip shows it, with the series' decimals. */
  readonly formatValue: (value: number) => string;
  /** A value as the axis shows it (short: 52M). */
  readonly formatAxis: (value: number) => string;
  /** The smallest step of the value axis: one unit of the series' last decimal. */
  readonly step: number;
}

/** Colours that keep 3:1 contrast on white and differ in line style too (not by colour alone). */
export const chartColours = { city: '#19486a', country: '#8a4b00', target: '#1d6b34' } as const;

const points = (line: readonly YearValue[]) => line.map((p) => [p.year, p.value]);

/**
 * The ECharts option of a series' chart: the city's line (solid), the country's (dotted) and
 * the target (dashed, ending in a diamond), on a year axis that covers all three.
 */
export function seriesChartOption(
  lines: SeriesChartLines,
  text: SeriesChartText,
): EChartsCoreOption {
  const years = [...lines.city, ...lines.country, ...lines.target].map((p) => p.year);
  const minYear = Math.min(...years);
  const maxYear = Math.max(...years);
  const series = [
    {
      name: text.city,
      type: 'line',
      data: points(lines.city),
      color: chartColours.city,
      symbol: 'circle',
      symbolSize: 7,
      lineStyle: { width: 3 },
    },
    ...(lines.country.length > 0
      ? [
          {
            name: text.country,
            type: 'line',
            data: points(lines.country),
            color: chartColours.country,
            symbol: 'rect',
            symbolSize: 5,
            lineStyle: { width: 2, type: 'dotted' },
          },
        ]
      : []),
    ...(lines.target.length > 0
      ? [
          {
            name: text.target,
            type: 'line',
            data: points(lines.target),
            color: chartColours.target,
            symbol: 'diamond',
            symbolSize: 11,
            lineStyle: { width: 2, type: 'dashed' },
          },
        ]
      : []),
  ];
  return {
    animation: false,
    grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
    legend: { top: 0, left: 0, textStyle: { color: '#1b1f24' } },
    tooltip: {
      trigger: 'axis',
      valueFormatter: (value: unknown) =>
        typeof value === 'number' ? text.formatValue(value) : String(value),
    },
    xAxis: {
      type: 'value',
      min: minYear === maxYear ? minYear - 1 : minYear,
      max: minYear === maxYear ? maxYear + 1 : maxYear,
      minInterval: 1,
      axisLabel: { formatter: (year: number) => String(year), color: '#4f5a65', hideOverlap: true },
      splitLine: { show: false },
    },
    yAxis: {
      type: 'value',
      minInterval: text.step,
      axisLabel: { formatter: (value: number) => text.formatAxis(value), color: '#4f5a65' },
    },
    series,
  };
}
