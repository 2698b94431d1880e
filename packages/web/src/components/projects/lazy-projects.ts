import { lazy } from 'react';

/** The project map, fetched with Leaflet on first use. */
export const LazyProjectsMap = lazy(() =>
  import('./ProjectsMap.tsx').then((module) => ({ default: module.ProjectsMap })),
);

/** The benefit profile chart, fetched with ECharts on first use. */
export const LazyBenefitProfileChart = lazy(() =>
  import('./BenefitProfileChart.tsx').then((module) => ({ default: module.BenefitProfileChart })),
);
