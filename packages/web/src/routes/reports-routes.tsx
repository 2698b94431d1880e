import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from './root-route.tsx';

/* Saved reports (issue 10): a city's Voluntary Local Reviews, and one report's editor. */

const cityReportsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/cities/$slug/reports',
  component: lazyRouteComponent(() => import('../pages/CityReportsPage.tsx'), 'CityReportsPage'),
});

const reportRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/reports/$id',
  component: lazyRouteComponent(() => import('../pages/ReportPage.tsx'), 'ReportPage'),
});

/** The routes of a city's reports and of one report. */
export const reportRoutes = [cityReportsRoute, reportRoute] as const;
