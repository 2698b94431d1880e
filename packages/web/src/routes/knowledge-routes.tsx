import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { parseKnowledgeSearch } from './knowledge-search.ts';
import { rootRoute } from './root-route.tsx';

/* Knowledge (issue 9): search, a case of practice, recommendations for a city. */

const searchRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/search',
  validateSearch: parseKnowledgeSearch,
  component: lazyRouteComponent(() => import('../pages/SearchPage.tsx'), 'SearchPage'),
});

const caseRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/cases/$id',
  component: lazyRouteComponent(() => import('../pages/CasePage.tsx'), 'CasePage'),
});

const recommendationsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/cities/$slug/recommendations',
  component: lazyRouteComponent(
    () => import('../pages/RecommendationsPage.tsx'),
    'RecommendationsPage',
  ),
});

/** The routes of search, a case and a city's recommendations. */
export const knowledgeRoutes = [searchRoute, caseRoute, recommendationsRoute] as const;
