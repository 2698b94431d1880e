import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from './root-route.tsx';
import { parseAccountSearch, parseDataEntrySearch, parseSignInSearch } from './search-params.ts';

/*
 * The pages of signed-in work — account, users, data entry, import, review — and the public
 * pages of emailed links. Each loads on first visit, so the public pages stay lean.
 */

const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sign-in',
  validateSearch: parseSignInSearch,
  component: lazyRouteComponent(() => import('../pages/SignInPage.tsx'), 'SignInPage'),
});

const forgotPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/forgot-password',
  component: lazyRouteComponent(
    () => import('../pages/ForgotPasswordPage.tsx'),
    'ForgotPasswordPage',
  ),
});

const resetPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/reset-password',
  component: lazyRouteComponent(
    () => import('../pages/ResetPasswordPage.tsx'),
    'ResetPasswordPage',
  ),
});

const acceptInvitationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/accept-invitation',
  component: lazyRouteComponent(
    () => import('../pages/AcceptInvitationPage.tsx'),
    'AcceptInvitationPage',
  ),
});

const accountRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/account',
  validateSearch: parseAccountSearch,
  component: lazyRouteComponent(() => import('../pages/AccountPage.tsx'), 'AccountPage'),
});

const usersRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/users',
  component: lazyRouteComponent(() => import('../pages/UsersPage.tsx'), 'UsersPage'),
});

const reviewRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/review',
  component: lazyRouteComponent(() => import('../pages/ReviewPage.tsx'), 'ReviewPage'),
});

const dataEntryRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/cities/$slug/data',
  validateSearch: parseDataEntrySearch,
  component: lazyRouteComponent(() => import('../pages/DataEntryPage.tsx'), 'DataEntryPage'),
});

const importRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/cities/$slug/import',
  component: lazyRouteComponent(() => import('../pages/ImportPage.tsx'), 'ImportPage'),
});

/** Every work and account route, for the route tree. */
export const workRoutes = [
  signInRoute,
  forgotPasswordRoute,
  resetPasswordRoute,
  acceptInvitationRoute,
  accountRoute,
  usersRoute,
  reviewRoute,
  dataEntryRoute,
  importRoute,
] as const;
