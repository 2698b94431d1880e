import { apiGet, apiSend, apiUrl } from './client.ts';
import type {
  AcceptSuggestionInput,
  BenefitClaim,
  Portfolio,
  PortfolioQuery,
  Project,
  ProjectInput,
  ProjectPage,
  ProjectSuggestions,
} from './projects-types.ts';

/** One page of the project portfolio. */
export function fetchPortfolio(query: PortfolioQuery, signal?: AbortSignal): Promise<Portfolio> {
  return apiGet('/projects', { query: { ...query }, signal });
}

/** A project with its claims, profile, results and progress; 404 for an unknown id. */
export function fetchProject(id: string, signal?: AbortSignal): Promise<ProjectPage> {
  return apiGet(`/projects/${encodeURIComponent(id)}`, { signal });
}

/** Suggested targets for a project: from its text and from the interlinkage network. */
export function fetchProjectSuggestions(
  id: string,
  signal?: AbortSignal,
): Promise<ProjectSuggestions> {
  return apiGet(`/projects/${encodeURIComponent(id)}/suggestions`, { signal });
}

/** Turns one suggestion into a benefit claim (the city team's explicit choice). */
export function acceptSuggestion(id: string, input: AcceptSuggestionInput): Promise<BenefitClaim> {
  return apiSend('POST', `/projects/${encodeURIComponent(id)}/suggestions/accept`, { json: input });
}

/** Plans a new project in a city. */
export function createProject(slug: string, input: ProjectInput): Promise<Project> {
  return apiSend('POST', `/cities/${encodeURIComponent(slug)}/projects`, { json: input });
}

/** Address of a project's IATI activity file. */
export function projectIatiUrl(id: string): string {
  return apiUrl(`/projects/${encodeURIComponent(id)}/iati.xml`);
}
