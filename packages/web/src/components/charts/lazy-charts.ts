import { lazy } from 'react';

/** A series chart, fetched with ECharts on first use so the page renders before the chart code. */
export const LazySeriesChart = lazy(() =>
  import('./SeriesChart.tsx').then((module) => ({ default: module.SeriesChart })),
);
