import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { parseProjectsSearch } from './projects-search.ts';
import { rootRoute } from './root-route.tsx';

/* The project pages (issue 7): each loads on first visit, with its map or chart. */

const projectsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/projects',
  validateSearch: parseProjectsSearch,
  component: lazyRouteComponent(() => import('../pages/ProjectsPage.tsx'), 'ProjectsPage'),
});

const projectRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/projects/$id',
  component: lazyRouteComponent(() => import('../pages/ProjectPage.tsx'), 'ProjectPage'),
});

const newProjectRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/cities/$slug/projects/new',
  component: lazyRouteComponent(() => import('../pages/NewProjectPage.tsx'), 'NewProjectPage'),
});

/** The routes of the project portfolio, a project, and planning one. */
export const projectRoutes = [projectsRoute, projectRoute, newProjectRoute] as const;
