import type { EChartsCoreOption } from 'echarts/core';
import type { ScatterPoint } from './interlinkage-data.ts';
import type { YearValue } from './series-data.ts';

/** Line colours that keep 3:1 on white; the lines differ in style and symbol too. */
const colours = { a: '#19486a', b: '#8a4b00' } as const;

const axis = { axisLabel: { color: '#4f5a65' }, splitLine: { lineStyle: { color: '#e4e8ec' } } };

/**
 * Two series over the years on one chart, each on its own value axis (their units differ):
 * the first solid with circles on the left axis, the second dashed with squares on the right.
 */
export function timeOption(
  a: { readonly name: string; readonly line: readonly YearValue[] },
  b: { readonly name: string; readonly line: readonly YearValue[] },
): EChartsCoreOption {
  const years = [...a.line, ...b.line].map((p) => p.year);
  return {
    animation: false,
    legend: { top: 0, left: 0, textStyle: { color: '#1b1f24', width: 280, overflow: 'truncate' } },
    tooltip: { trigger: 'axis' },
    grid: { left: 8, right: 8, top: 48, bottom: 8, containLabel: true },
    xAxis: {
      type: 'value',
      min: Math.min(...years),
      max: Math.max(...years),
      minInterval: 1,
      axisLabel: { formatter: (y: number) => String(y), color: '#4f5a65', hideOverlap: true },
      splitLine: { show: false },
    },
    yAxis: [
      { type: 'value', scale: true, ...axis },
      { type: 'value', scale: true, ...axis, splitLine: { show: false } },
    ],
    series: [
      {
        name: a.name,
        type: 'line',
        yAxisIndex: 0,
        color: colours.a,
        symbol: 'circle',
        data: a.line.map((p) => [p.year, p.value]),
      },
      {
        name: b.name,
        type: 'line',
        yAxisIndex: 1,
        color: colours.b,
        symbol: 'rect',
        lineStyle: { type: 'dashed' },
        data: b.line.map((p) => [p.year, p.value]),
      },
    ],
  };
}

/** The scatter of two series' values paired by area and year; x the first, y the second. */
export function scatterOption(
  points: readonly ScatterPoint[],
  names: { readonly x: string; readonly y: string },
): EChartsCoreOption {
  return {
    animation: false,
    tooltip: {
      formatter: (p: { data?: [number, number, string, number] }) =>
        p.data ? `${p.data[2]} ${p.data[3]}: ${p.data[0]}, ${p.data[1]}` : '',
    },
    grid: { left: 8, right: 16, top: 16, bottom: 40, containLabel: true },
    xAxis: {
      type: 'value',
      scale: true,
      name: names.x,
      nameLocation: 'middle',
      nameGap: 28,
      ...axis,
    },
    yAxis: { type: 'value', scale: true, ...axis },
    series: [
      {
        type: 'scatter',
        color: colours.a,
        symbolSize: 8,
        data: points.map((p) => [p.x, p.y, p.area, p.year]),
      },
    ],
  };
}
