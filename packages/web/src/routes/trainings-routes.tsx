import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from './root-route.tsx';
import { parseTrainingsSearch } from './trainings-search.ts';

/* Trainings and workshops (issue 8): each page loads on first visit. */

const trainingsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/trainings',
  validateSearch: parseTrainingsSearch,
  component: lazyRouteComponent(() => import('../pages/TrainingsPage.tsx'), 'TrainingsPage'),
});

/** The cohort a new training is for (`?cohort=…`), when opened from a cohort's page. */
export interface NewTrainingSearch {
  readonly cohort?: string;
}

const newTrainingRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/trainings/new',
  validateSearch: (raw: Record<string, unknown>): NewTrainingSearch => {
    const { cohort } = parseTrainingsSearch(raw);
    return cohort ? { cohort } : {};
  },
  component: lazyRouteComponent(() => import('../pages/NewTrainingPage.tsx'), 'NewTrainingPage'),
});

const trainingRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/trainings/$id',
  component: lazyRouteComponent(() => import('../pages/TrainingPage.tsx'), 'TrainingPage'),
});

/** The routes of the trainings list, a new training and a training. */
export const trainingRoutes = [trainingsRoute, newTrainingRoute, trainingRoute] as const;
