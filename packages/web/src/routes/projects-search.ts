import {
  DIMENSIONS,
  PROJECT_STATUSES,
  type Dimension,
  type ProjectStatus,
} from '@frontrunner/domain';
import type { PortfolioQuery } from '../api/projects-types.ts';

/** Projects shown per page of the portfolio. */
export const projectsPageSize = 12;

/** The portfolio's filters as kept in the URL (`/projects?country=KHM&goal=11&page=2`). */
export interface ProjectsSearch {
  /** City slug */
  readonly city?: string;
  /** ISO3 */
  readonly country?: string;
  /** 1–17 */
  readonly goal?: number;
  readonly dimension?: Dimension;
  readonly status?: ProjectStatus;
  /** 1-based */
  readonly page?: number;
}

function oneOf<T extends string>(values: readonly T[], value: unknown): T | undefined {
  return values.find((candidate) => candidate === value);
}

/**
 * Reads the portfolio filters from raw URL values, dropping anything malformed.
 *
 * @example
 * parseProjectsSearch({ goal: '11', country: 'khm', status: 'x' }) // { country: 'KHM', goal: 11 }
 */
export function parseProjectsSearch(raw: Record<string, unknown>): ProjectsSearch {
  const city =
    typeof raw.city === 'string' && /^[a-z0-9-]{1,100}$/.test(raw.city) ? raw.city : undefined;
  const country =
    typeof raw.country === 'string' && /^[a-z]{3}$/i.test(raw.country)
      ? raw.country.toUpperCase()
      : undefined;
  const goal = Number(raw.goal);
  const page = Number(raw.page);
  const dimension = oneOf(DIMENSIONS, raw.dimension);
  const status = oneOf(PROJECT_STATUSES, raw.status);
  return {
    ...(city ? { city } : {}),
    ...(country ? { country } : {}),
    ...(Number.isInteger(goal) && goal >= 1 && goal <= 17 ? { goal } : {}),
    ...(dimension ? { dimension } : {}),
    ...(status ? { status } : {}),
    ...(Number.isInteger(page) && page > 1 ? { page } : {}),
  };
}

/** The API query of the portfolio page the filters point at. */
export function toPortfolioQuery(search: ProjectsSearch): PortfolioQuery {
  const { page = 1, ...filters } = search;
  return { ...filters, limit: projectsPageSize, offset: (page - 1) * projectsPageSize };
}
