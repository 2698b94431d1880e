import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from './root-route.tsx';

/* Awareness surveys, competency self-assessments and the graduation rubric (issue 8). */

const citySurveysRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/cities/$slug/surveys',
  component: lazyRouteComponent(() => import('../pages/CitySurveysPage.tsx'), 'CitySurveysPage'),
});

const cityCompetenciesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/cities/$slug/competencies',
  component: lazyRouteComponent(
    () => import('../pages/CityCompetenciesPage.tsx'),
    'CityCompetenciesPage',
  ),
});

const rubricRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/rubric',
  component: lazyRouteComponent(() => import('../pages/RubricPage.tsx'), 'RubricPage'),
});

/** A city's surveys and self-assessments, and the public rubric with its editor. */
export const surveysRoutes = [citySurveysRoute, cityCompetenciesRoute, rubricRoute] as const;
