import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from './root-route.tsx';

/* Writing and reviewing cases (issue 9): a city's cases, a case's editor, the review queue. */

const cityCasesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/cities/$slug/cases',
  component: lazyRouteComponent(() => import('../pages/CityCasesPage.tsx'), 'CityCasesPage'),
});

const caseEditorRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/cases/$id/edit',
  component: lazyRouteComponent(() => import('../pages/CaseEditorPage.tsx'), 'CaseEditorPage'),
});

// A static segment: it wins over /cases/$id for the address /cases/review.
const caseReviewRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/cases/review',
  component: lazyRouteComponent(() => import('../pages/CaseReviewPage.tsx'), 'CaseReviewPage'),
});

/** The routes of a city's cases, the case editor and the secretariat's review queue. */
export const caseRoutes = [cityCasesRoute, caseEditorRoute, caseReviewRoute] as const;
