import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from './root-route.tsx';

/* Capacity and graduation (issue 8): each page loads on first visit. */

const cohortsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/cohorts',
  component: lazyRouteComponent(() => import('../pages/CohortsPage.tsx'), 'CohortsPage'),
});

const cohortRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/cohorts/$id',
  component: lazyRouteComponent(() => import('../pages/CohortPage.tsx'), 'CohortPage'),
});

const readinessRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/cities/$slug/readiness',
  component: lazyRouteComponent(() => import('../pages/ReadinessPage.tsx'), 'ReadinessPage'),
});

const assessmentRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/assessments/$id',
  component: lazyRouteComponent(() => import('../pages/AssessmentPage.tsx'), 'AssessmentPage'),
});

/** A graduation certificate's public page: the address printed on the certificate. */
const graduationCertificateRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/graduation-certificates/$id',
  component: lazyRouteComponent(
    () => import('../pages/GraduationCertificatePage.tsx'),
    'GraduationCertificatePage',
  ),
});

/** The invitation code from the link a respondent received (`?code=…`). */
export interface SurveyAnswerSearch {
  readonly code?: string;
}

const surveyAnswerRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/surveys/$id/answer',
  validateSearch: (raw: Record<string, unknown>): SurveyAnswerSearch =>
    typeof raw.code === 'string' && raw.code.length <= 40 ? { code: raw.code } : {},
  component: lazyRouteComponent(() => import('../pages/SurveyAnswerPage.tsx'), 'SurveyAnswerPage'),
});

/**
 * The routes of cohorts, a city's readiness, an assessment, a graduation certificate's public
 * page and the public survey answering page.
 */
export const capacityRoutes = [
  cohortsRoute,
  cohortRoute,
  readinessRoute,
  assessmentRoute,
  graduationCertificateRoute,
  surveyAnswerRoute,
] as const;
