import {
  keepPreviousData,
  useMutation,
  useQuery,
  useQueryClient,
  type UseMutationResult,
  type UseQueryResult,
} from '@tanstack/react-query';
import type { Cohort } from '../api/capacity-types.ts';
import {
  addCohortCities,
  addParticipants,
  addSession,
  createCohort,
  createTraining,
  fetchTraining,
  fetchTrainings,
  setAttendance,
} from '../api/trainings.api.ts';
import type {
  ParticipantInput,
  SessionInput,
  TrainingDetail,
  TrainingInput,
  TrainingsPage,
  TrainingsQuery,
} from '../api/trainings-types.ts';
import { capacityKeys } from './use-capacity.ts';

/** Cache keys of the trainings API. */
export const trainingKeys = {
  all: () => ['trainings'] as const,
  list: (query: TrainingsQuery) => ['trainings', 'list', query] as const,
  one: (id: string) => ['trainings', 'one', id] as const,
};

/** A page of trainings, the previous page kept while the next loads. */
export function useTrainings(query: TrainingsQuery): UseQueryResult<TrainingsPage> {
  return useQuery({
    queryKey: trainingKeys.list(query),
    queryFn: ({ signal }) => fetchTrainings(query, signal),
    placeholderData: keepPreviousData,
  });
}

/** One training as the signed-in reader may see it. */
export function useTraining(id: string): UseQueryResult<TrainingDetail> {
  return useQuery({
    queryKey: trainingKeys.one(id),
    queryFn: ({ signal }) => fetchTraining(id, signal),
  });
}

/** After a change to a training: show the answer, refresh lists and cohorts. */
function useTrainingChanged() {
  const client = useQueryClient();
  return (training: TrainingDetail) => {
    client.setQueryData(trainingKeys.one(training.id), training);
    void client.invalidateQueries({ queryKey: ['trainings', 'list'] });
    void client.invalidateQueries({ queryKey: ['capacity'] });
  };
}

/** Schedules a training. */
export function useCreateTraining(): UseMutationResult<TrainingDetail, Error, TrainingInput> {
  const changed = useTrainingChanged();
  return useMutation({ mutationFn: createTraining, onSuccess: changed });
}

/** Adds a session to a training. */
export function useAddSession(id: string): UseMutationResult<TrainingDetail, Error, SessionInput> {
  const changed = useTrainingChanged();
  return useMutation({ mutationFn: (input) => addSession(id, input), onSuccess: changed });
}

/** Registers one participant. */
export function useAddParticipant(
  id: string,
): UseMutationResult<TrainingDetail, Error, ParticipantInput> {
  const changed = useTrainingChanged();
  return useMutation({ mutationFn: (p) => addParticipants(id, [p]), onSuccess: changed });
}

/** Sets who attended a session. */
export function useSetAttendance(
  id: string,
): UseMutationResult<
  TrainingDetail,
  Error,
  { readonly sessionId: string; readonly participantIds: readonly string[] }
> {
  const changed = useTrainingChanged();
  return useMutation({
    mutationFn: ({ sessionId, participantIds }) => setAttendance(id, sessionId, participantIds),
    onSuccess: changed,
  });
}

/** Creates a cohort. */
export function useCreateCohort(): UseMutationResult<
  Cohort,
  Error,
  { readonly name: string; readonly year: number; readonly description: string | null }
> {
  const client = useQueryClient();
  return useMutation({
    mutationFn: createCohort,
    onSuccess: () => void client.invalidateQueries({ queryKey: capacityKeys.cohorts() }),
  });
}

/** Puts cities in a cohort. */
export function useAddCohortCities(
  id: string,
): UseMutationResult<Cohort, Error, readonly string[]> {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (cities) => addCohortCities(id, cities),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['capacity'] }),
  });
}
