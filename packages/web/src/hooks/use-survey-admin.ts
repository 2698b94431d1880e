import {
  useMutation,
  useQuery,
  useQueryClient,
  type UseMutationResult,
  type UseQueryResult,
} from '@tanstack/react-query';
import type { Survey } from '../api/capacity-types.ts';
import {
  closeSurvey,
  createSurvey,
  fetchTrainingOptions,
  generateSurveyCodes,
  recordCompetencyAssessment,
  type NewCompetencyAssessment,
  type NewSurvey,
  type TrainingOption,
} from '../api/surveys.api.ts';
import { capacityKeys } from './use-capacity.ts';

/** After a change to a city's surveys: its awareness list (and readiness evidence) is asked again. */
function useSurveysChanged(slug: string): () => Promise<void> {
  const queryClient = useQueryClient();
  return async () => {
    await queryClient.invalidateQueries({ queryKey: capacityKeys.awareness(slug) });
    await queryClient.invalidateQueries({ queryKey: capacityKeys.readiness(slug) });
  };
}

/** Starts an awareness survey of a city. */
export function useCreateSurvey(slug: string): UseMutationResult<Survey, Error, NewSurvey> {
  const changed = useSurveysChanged(slug);
  return useMutation({ mutationFn: (survey) => createSurvey(slug, survey), onSuccess: changed });
}

/** Closes one of a city's surveys (by id). */
export function useCloseSurvey(slug: string): UseMutationResult<Survey, Error, string> {
  const changed = useSurveysChanged(slug);
  return useMutation({ mutationFn: (id) => closeSurvey(id), onSuccess: changed });
}

/** Generates invitation codes for a survey: the answer holds the only copy of them. */
export function useGenerateCodes(): UseMutationResult<
  { codes: string[] },
  Error,
  { id: string; count: number }
> {
  return useMutation({ mutationFn: ({ id, count }) => generateSurveyCodes(id, count) });
}

/** Records a competency self-assessment; the city's change table is asked again. */
export function useRecordCompetencies(
  slug: string,
): UseMutationResult<{ id: string }, Error, NewCompetencyAssessment> {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (assessment) => recordCompetencyAssessment(slug, assessment),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: capacityKeys.cityCompetencies(slug) });
      await queryClient.invalidateQueries({ queryKey: ['capacity', 'cohort-competencies'] });
    },
  });
}

/** Trainings a self-assessment can go with. */
export function useTrainingOptions(): UseQueryResult<readonly TrainingOption[]> {
  return useQuery({
    queryKey: ['capacity', 'training-options'],
    queryFn: ({ signal }) => fetchTrainingOptions(signal),
  });
}
