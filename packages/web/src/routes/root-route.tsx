import { createRootRoute } from '@tanstack/react-router';
import { Layout } from '../components/Layout.tsx';
import { NotFoundPage } from '../pages/NotFoundPage.tsx';

/** The root of every page: the layout, and the page for addresses that match no route. */
export const rootRoute = createRootRoute({
  component: Layout,
  notFoundComponent: NotFoundPage,
});
