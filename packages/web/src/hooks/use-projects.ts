import {
  keepPreviousData,
  useMutation,
  useQuery,
  useQueryClient,
  type UseMutationResult,
  type UseQueryResult,
} from '@tanstack/react-query';
import {
  acceptSuggestion,
  createProject,
  fetchPortfolio,
  fetchProject,
  fetchProjectSuggestions,
} from '../api/projects.api.ts';
import type {
  AcceptSuggestionInput,
  BenefitClaim,
  Portfolio,
  PortfolioQuery,
  Project,
  ProjectInput,
  ProjectPage,
  ProjectSuggestions,
} from '../api/projects-types.ts';

/** Cache keys of the projects API. */
export const projectKeys = {
  all: () => ['projects'] as const,
  portfolio: (query: PortfolioQuery) => ['projects', 'portfolio', query] as const,
  project: (id: string) => ['projects', 'one', id] as const,
  suggestions: (id: string) => ['projects', 'suggestions', id] as const,
};

/** One page of the portfolio; the previous page stays on screen while the next one loads. */
export function usePortfolio(query: PortfolioQuery): UseQueryResult<Portfolio> {
  return useQuery({
    queryKey: projectKeys.portfolio(query),
    queryFn: ({ signal }) => fetchPortfolio(query, signal),
    placeholderData: keepPreviousData,
  });
}

/** Every located project matching the filters (for the map), up to the API's page limit. */
export function usePortfolioLocations(query: PortfolioQuery): UseQueryResult<Portfolio> {
  return usePortfolio({ ...query, limit: 100, offset: 0 });
}

/** One project's page; the error is a 404 ApiError for an unknown id. */
export function useProject(id: string): UseQueryResult<ProjectPage> {
  return useQuery({
    queryKey: projectKeys.project(id),
    queryFn: ({ signal }) => fetchProject(id, signal),
  });
}

/** Suggested targets of a project, asked only when `enabled` (the city's team). */
export function useProjectSuggestions(
  id: string,
  enabled: boolean,
): UseQueryResult<ProjectSuggestions> {
  return useQuery({
    queryKey: projectKeys.suggestions(id),
    queryFn: ({ signal }) => fetchProjectSuggestions(id, signal),
    enabled,
  });
}

/** Accepts one suggestion as a claim, then refreshes the project and its suggestions. */
export function useAcceptSuggestion(
  id: string,
): UseMutationResult<BenefitClaim, Error, AcceptSuggestionInput> {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input) => acceptSuggestion(id, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: projectKeys.all() }),
  });
}

/** Plans a project in a city. */
export function useCreateProject(slug: string): UseMutationResult<Project, Error, ProjectInput> {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input) => createProject(slug, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: projectKeys.all() }),
  });
}
