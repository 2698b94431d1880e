import { createRoute, createRouter, lazyRouteComponent } from '@tanstack/react-router';
import { LoadingState } from '../components/StatusMessages.tsx';
import { GoalPage } from '../pages/GoalPage.tsx';
import { HomePage } from '../pages/HomePage.tsx';
import { RouteErrorPage } from '../pages/RouteErrorPage.tsx';
import { capacityRoutes } from './capacity-routes.tsx';
import { caseRoutes } from './cases-routes.tsx';
import { parseCitiesSearch } from './cities-search.ts';
import { knowledgeRoutes } from './knowledge-routes.tsx';
import { projectRoutes } from './projects-routes.tsx';
import { reportRoutes } from './reports-routes.tsx';
import { rootRoute } from './root-route.tsx';
import { scoresRoutes } from './scores-routes.tsx';
import { trainingRoutes } from './trainings-routes.tsx';
import { surveysRoutes } from './surveys-routes.tsx';
import { workRoutes } from './work-routes.tsx';

const homeRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  component: HomePage,
});

const goalRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/goals/$number',
  component: GoalPage,
});

// The two city pages carry Leaflet; they load on first visit so the home page stays lean.
const citiesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/cities',
  validateSearch: parseCitiesSearch,
  component: lazyRouteComponent(() => import('../pages/CitiesPage.tsx'), 'CitiesPage'),
});

const cityRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/cities/$slug',
  component: lazyRouteComponent(() => import('../pages/CityPage.tsx'), 'CityPage'),
});

const routeTree = rootRoute.addChildren([
  homeRoute,
  goalRoute,
  citiesRoute,
  cityRoute,
  ...workRoutes,
  ...scoresRoutes,
  ...projectRoutes,
  ...capacityRoutes,
  ...trainingRoutes,
  ...surveysRoutes,
  ...knowledgeRoutes,
  ...caseRoutes,
  ...reportRoutes,
]);

/** The app's routes, code-based (no generated route tree). */
export const router = createRouter({
  routeTree,
  defaultPreload: 'intent',
  defaultPendingComponent: () => <LoadingState />,
  defaultErrorComponent: RouteErrorPage,
  scrollRestoration: true,
});

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
