import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from './root-route.tsx';

/*
 * Scores and interlinkages: a city's dashboard and one indicator of it, the scoring method,
 * and the networks of synergies and trade-offs. Each page loads on first visit.
 */

const dashboardRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/cities/$slug/dashboard',
  component: lazyRouteComponent(
    () => import('../pages/CityDashboardPage.tsx'),
    'CityDashboardPage',
  ),
});

const indicatorRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/cities/$slug/dashboard/$series',
  component: lazyRouteComponent(
    () => import('../pages/IndicatorScorePage.tsx'),
    'IndicatorScorePage',
  ),
});

const methodRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/methods/scoring',
  component: lazyRouteComponent(
    () => import('../pages/ScoringMethodPage.tsx'),
    'ScoringMethodPage',
  ),
});

const aseanNetworkRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/interlinkages/asean',
  component: lazyRouteComponent(
    () => import('../pages/InterlinkagesPage.tsx'),
    'AseanInterlinkagesPage',
  ),
});

const countryNetworkRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/interlinkages/countries/$iso3',
  component: lazyRouteComponent(
    () => import('../pages/InterlinkagesPage.tsx'),
    'CountryInterlinkagesPage',
  ),
});

const cityNetworkRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/interlinkages/cities/$slug',
  component: lazyRouteComponent(
    () => import('../pages/InterlinkagesPage.tsx'),
    'CityInterlinkagesPage',
  ),
});

/** The routes of the scores and interlinkages pages. */
export const scoresRoutes = [
  dashboardRoute,
  indicatorRoute,
  methodRoute,
  aseanNetworkRoute,
  countryNetworkRoute,
  cityNetworkRoute,
] as const;
