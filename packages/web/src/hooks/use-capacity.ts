import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import {
  fetchAwareness,
  fetchCityCompetencies,
  fetchCohort,
  fetchCohortCompetencies,
  fetchCohortProgress,
  fetchCohorts,
  fetchReadiness,
  fetchRubric,
} from '../api/capacity.api.ts';
import type {
  Awareness,
  Cohort,
  CohortCompetencies,
  CohortDetail,
  CohortProgress,
  CompetencyChange,
  ReadinessView,
  Rubric,
} from '../api/capacity-types.ts';

/** Cache keys of the capacity API. */
export const capacityKeys = {
  cohorts: () => ['capacity', 'cohorts'] as const,
  cohort: (id: string) => ['capacity', 'cohort', id] as const,
  progress: (id: string) => ['capacity', 'progress', id] as const,
  cohortCompetencies: (id: string) => ['capacity', 'cohort-competencies', id] as const,
  readiness: (slug: string) => ['capacity', 'readiness', slug] as const,
  rubric: () => ['capacity', 'rubric'] as const,
  awareness: (slug: string) => ['capacity', 'awareness', slug] as const,
  cityCompetencies: (slug: string) => ['capacity', 'competencies', slug] as const,
};

/** Every cohort, newest year first. */
export function useCohorts(): UseQueryResult<{ items: Cohort[] }> {
  return useQuery({
    queryKey: capacityKeys.cohorts(),
    queryFn: ({ signal }) => fetchCohorts(signal),
  });
}

/** One cohort with its cities and trainings (public). */
export function useCohort(id: string): UseQueryResult<CohortDetail> {
  return useQuery({
    queryKey: capacityKeys.cohort(id),
    queryFn: ({ signal }) => fetchCohort(id, signal),
  });
}

/** A cohort's progress, asked only when `enabled` (roles that read assessments). */
export function useCohortProgress(id: string, enabled: boolean): UseQueryResult<CohortProgress> {
  return useQuery({
    queryKey: capacityKeys.progress(id),
    queryFn: ({ signal }) => fetchCohortProgress(id, signal),
    enabled,
  });
}

/** Competency change of a cohort and its cities. */
export function useCohortCompetencies(id: string): UseQueryResult<CohortCompetencies> {
  return useQuery({
    queryKey: capacityKeys.cohortCompetencies(id),
    queryFn: ({ signal }) => fetchCohortCompetencies(id, signal),
  });
}

/** A city's readiness, asked only when `enabled`. */
export function useReadiness(slug: string, enabled: boolean): UseQueryResult<ReadinessView> {
  return useQuery({
    queryKey: capacityKeys.readiness(slug),
    queryFn: ({ signal }) => fetchReadiness(slug, signal),
    enabled,
  });
}

/** The current rubric: what each level of each criterion means. */
export function useRubric(enabled = true): UseQueryResult<Rubric> {
  return useQuery({
    queryKey: capacityKeys.rubric(),
    queryFn: ({ signal }) => fetchRubric(signal),
    enabled,
    staleTime: 60 * 60 * 1000,
  });
}

/** A city's awareness over time. */
export function useAwareness(slug: string): UseQueryResult<Awareness> {
  return useQuery({
    queryKey: capacityKeys.awareness(slug),
    queryFn: ({ signal }) => fetchAwareness(slug, signal),
  });
}

/** A city's competency change, one row per competency. */
export function useCityCompetencies(slug: string): UseQueryResult<readonly CompetencyChange[]> {
  return useQuery({
    queryKey: capacityKeys.cityCompetencies(slug),
    queryFn: async ({ signal }) => (await fetchCityCompetencies(slug, signal)).items,
  });
}
