import {
  useMutation,
  useQuery,
  useQueryClient,
  type UseMutationResult,
  type UseQueryResult,
} from '@tanstack/react-query';
import type { Rubric } from '../api/capacity-types.ts';
import {
  decideAssessment,
  fetchAssessment,
  fetchAssessmentSteps,
  fetchCityAssessments,
  fetchCityCertificates,
  fetchGraduationCertificate,
  fetchRubricVersions,
  saveReview,
  saveSelfAssessment,
  startAssessment,
  submitAssessment,
} from '../api/graduation.api.ts';
import type {
  Assessment,
  AssessmentStep,
  DecisionInput,
  GraduationCertificate,
  ReviewEntry,
  SelfAssessmentEntry,
} from '../api/graduation-types.ts';
import { capacityKeys } from './use-capacity.ts';

/** Cache keys of graduation. */
export const graduationKeys = {
  city: (slug: string) => ['graduation', 'city', slug] as const,
  one: (id: string) => ['graduation', 'one', id] as const,
  steps: (id: string) => ['graduation', 'steps', id] as const,
  certificates: (slug: string) => ['graduation', 'certificates', slug] as const,
  certificate: (id: string) => ['graduation', 'certificate', id] as const,
  rubrics: () => ['graduation', 'rubrics'] as const,
};

/** A city's assessments, newest first, asked only when `enabled` (readers of assessments). */
export function useCityAssessments(
  slug: string,
  enabled: boolean,
): UseQueryResult<{ items: Assessment[] }> {
  return useQuery({
    queryKey: graduationKeys.city(slug),
    queryFn: ({ signal }) => fetchCityAssessments(slug, signal),
    enabled,
  });
}

/** One assessment. */
export function useAssessment(id: string): UseQueryResult<Assessment> {
  return useQuery({
    queryKey: graduationKeys.one(id),
    queryFn: ({ signal }) => fetchAssessment(id, signal),
    retry: false,
  });
}

/** Who did what to an assessment and when. */
export function useAssessmentSteps(id: string): UseQueryResult<{ items: AssessmentStep[] }> {
  return useQuery({
    queryKey: graduationKeys.steps(id),
    queryFn: ({ signal }) => fetchAssessmentSteps(id, signal),
  });
}

/** The rubric version an assessment was started with (undefined while loading). */
export function useRubricVersion(version: number): Rubric | undefined {
  const versions = useQuery({
    queryKey: graduationKeys.rubrics(),
    queryFn: ({ signal }) => fetchRubricVersions(signal),
    staleTime: 5 * 60_000,
  });
  return versions.data?.items.find((r) => r.version === version);
}

/** A city's graduation certificates (public). */
export function useCityCertificates(
  slug: string,
): UseQueryResult<{ items: GraduationCertificate[] }> {
  return useQuery({
    queryKey: graduationKeys.certificates(slug),
    queryFn: ({ signal }) => fetchCityCertificates(slug, signal),
  });
}

/** One graduation certificate by its reference (public); a 404 or 400 when none has it. */
export function useGraduationCertificate(id: string): UseQueryResult<GraduationCertificate> {
  return useQuery({
    queryKey: graduationKeys.certificate(id),
    queryFn: ({ signal }) => fetchGraduationCertificate(id, signal),
    retry: false,
  });
}

/** After a change: the answer is the assessment; its history, lists and the city are asked again. */
function useAssessmentSaved(): (assessment: Assessment) => Promise<void> {
  const queryClient = useQueryClient();
  return async (assessment) => {
    queryClient.setQueryData(graduationKeys.one(assessment.id), assessment);
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: graduationKeys.steps(assessment.id) }),
      queryClient.invalidateQueries({ queryKey: graduationKeys.city(assessment.city) }),
      queryClient.invalidateQueries({ queryKey: graduationKeys.certificates(assessment.city) }),
      queryClient.invalidateQueries({ queryKey: capacityKeys.readiness(assessment.city) }),
      queryClient.invalidateQueries({ queryKey: ['cities'] }),
    ]);
  };
}

/** Starts a self-assessment of a city. */
export function useStartAssessment(slug: string): UseMutationResult<Assessment, Error, void> {
  const saved = useAssessmentSaved();
  return useMutation({ mutationFn: () => startAssessment(slug), onSuccess: saved });
}

/** Saves the city's answers, then submits when asked to. */
export function useSaveSelfAssessment(
  id: string,
): UseMutationResult<
  Assessment,
  Error,
  { criteria: readonly SelfAssessmentEntry[]; submit: boolean }
> {
  const saved = useAssessmentSaved();
  return useMutation({
    mutationFn: async ({ criteria, submit }) => {
      const answer = criteria.length > 0 ? await saveSelfAssessment(id, criteria) : undefined;
      return submit ? submitAssessment(id) : (answer ?? fetchAssessment(id));
    },
    onSuccess: saved,
  });
}

/** Saves a reviewer's scores and comments. */
export function useSaveReview(
  id: string,
): UseMutationResult<Assessment, Error, readonly ReviewEntry[]> {
  const saved = useAssessmentSaved();
  return useMutation({ mutationFn: (criteria) => saveReview(id, criteria), onSuccess: saved });
}

/** Records the secretariat's decision. */
export function useDecideAssessment(
  id: string,
): UseMutationResult<Assessment & { certificateId: string | null }, Error, DecisionInput> {
  const saved = useAssessmentSaved();
  return useMutation({ mutationFn: (input) => decideAssessment(id, input), onSuccess: saved });
}
