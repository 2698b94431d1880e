import { lazy } from 'react';

/** The network chart, fetched with ECharts' graph module on first use. */
export const LazyNetworkGraph = lazy(() =>
  import('./NetworkGraph.tsx').then((module) => ({ default: module.NetworkGraph })),
);

/** A link's evidence chart, fetched with ECharts' line and scatter modules on first use. */
export const LazyEvidenceChart = lazy(() =>
  import('./EvidenceCharts.tsx').then((module) => ({ default: module.EvidenceChart })),
);
