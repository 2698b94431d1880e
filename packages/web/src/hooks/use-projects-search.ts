import { getRouteApi } from '@tanstack/react-router';
import { useCallback } from 'react';
import type { ProjectsSearch } from '../routes/projects-search.ts';

const projectsRoute = getRouteApi('/projects');

/** The portfolio filters in the URL and the ways to change them. */
export interface ProjectsSearchState {
  readonly search: ProjectsSearch;
  /** True when any filter narrows the portfolio. */
  readonly filtered: boolean;
  /** Sets one filter (undefined clears it) and goes back to the first page. */
  readonly setFilter: <K extends Exclude<keyof ProjectsSearch, 'page'>>(
    key: K,
    value: ProjectsSearch[K] | undefined,
  ) => void;
  readonly clear: () => void;
}

/** Reads and changes the portfolio filters kept in the URL query. */
export function useProjectsSearch(): ProjectsSearchState {
  const search = projectsRoute.useSearch();
  const navigate = projectsRoute.useNavigate();
  const setFilter = useCallback<ProjectsSearchState['setFilter']>(
    (key, value) =>
      void navigate({
        search: (previous) => ({ ...previous, [key]: value, page: undefined }),
        resetScroll: false,
      }),
    [navigate],
  );
  const clear = useCallback(() => void navigate({ search: {}, resetScroll: false }), [navigate]);
  const { page: _page, ...filters } = search;
  return { search, filtered: Object.keys(filters).length > 0, setFilter, clear };
}
