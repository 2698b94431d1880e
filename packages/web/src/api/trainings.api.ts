import type { Cohort } from './capacity-types.ts';
import { certificateLang } from '../lib/certificate-lang.ts';
import { apiGet, apiSend, apiUrl } from './client.ts';
import type {
  ParticipantInput,
  SessionInput,
  TrainingDetail,
  TrainingInput,
  TrainingsPage,
  TrainingsQuery,
} from './trainings-types.ts';

const enc = encodeURIComponent;

/** A page of trainings: upcoming earliest first, past latest first. */
export function fetchTrainings(
  query: TrainingsQuery,
  signal?: AbortSignal,
): Promise<TrainingsPage> {
  return apiGet('/trainings', { query: { ...query }, signal });
}

/** One training; names only of the participants the reader may see. */
export function fetchTraining(id: string, signal?: AbortSignal): Promise<TrainingDetail> {
  return apiGet(`/trainings/${enc(id)}`, { signal });
}

/** Schedules a training (secretariat). */
export function createTraining(input: TrainingInput): Promise<TrainingDetail> {
  return apiSend('POST', '/trainings', { json: input });
}

/** Adds a session to a training. */
export function addSession(id: string, input: SessionInput): Promise<TrainingDetail> {
  return apiSend('POST', `/trainings/${enc(id)}/sessions`, { json: input });
}

/** Registers participants. */
export function addParticipants(
  id: string,
  participants: readonly ParticipantInput[],
): Promise<TrainingDetail> {
  return apiSend('POST', `/trainings/${enc(id)}/participants`, { json: { participants } });
}

/** Sets who attended a session (replaces what was recorded). */
export function setAttendance(
  id: string,
  sessionId: string,
  participantIds: readonly string[],
): Promise<TrainingDetail> {
  return apiSend('PUT', `/trainings/${enc(id)}/attendance`, {
    json: { sessionId, participantIds },
  });
}

/**
 * Where a participant's certificate of attendance (PDF) downloads from, printed in the interface
 * `language` (English when certificates are not printed in it).
 */
export function certificateUrl(
  trainingId: string,
  participantId: string,
  language: string,
): string {
  return apiUrl(
    `/trainings/${enc(trainingId)}/participants/${enc(participantId)}/certificate.pdf`,
    {
      lang: certificateLang(language),
    },
  );
}

/** Creates a cohort (secretariat). */
export function createCohort(input: {
  readonly name: string;
  readonly year: number;
  readonly description: string | null;
}): Promise<Cohort> {
  return apiSend('POST', '/cohorts', { json: input });
}

/** Puts cities (slugs) in a cohort. */
export function addCohortCities(id: string, cities: readonly string[]): Promise<Cohort> {
  return apiSend('POST', `/cohorts/${enc(id)}/cities`, { json: { cities } });
}
