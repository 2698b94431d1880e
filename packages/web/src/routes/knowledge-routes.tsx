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

const mentoringRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/cities/$slug/mentoring',
  component: lazyRouteComponent(() => import('../pages/MentoringPage.tsx'), 'MentoringPage'),
});

const pairingRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/pairings/$id',
  component: lazyRouteComponent(() => import('../pages/PairingPage.tsx'), 'PairingPage'),
});

/** The routes of search, a case, a city's recommendations and mentoring, and a pairing. */
export const knowledgeRoutes = [
  searchRoute,
  caseRoute,
  recommendationsRoute,
  mentoringRoute,
  pairingRoute,
] as const;
