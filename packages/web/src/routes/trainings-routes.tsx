import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from './root-route.tsx';
import { referenceFromSearch } from '../lib/certificate-verification.ts';
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

/** The reference to check (`?reference=…`), as linked from a printed certificate. */
export interface VerifyCertificateSearch {
  readonly reference?: string;
}

/** Anyone checks a certificate of attendance: public, linked from every printed certificate. */
const verifyCertificateRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/verify-certificate',
  validateSearch: (raw: Record<string, unknown>): VerifyCertificateSearch => {
    const reference = referenceFromSearch(raw);
    return reference ? { reference } : {};
  },
  component: lazyRouteComponent(
    () => import('../pages/VerifyCertificatePage.tsx'),
    'VerifyCertificatePage',
  ),
});

/** The routes of the trainings list, a new training, a training and certificate checks. */
export const trainingRoutes = [
  trainingsRoute,
  newTrainingRoute,
  trainingRoute,
  verifyCertificateRoute,
] as const;
