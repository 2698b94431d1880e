import type {
  Awareness,
  Cohort,
  CohortCompetencies,
  CohortDetail,
  CohortProgress,
  CompetencyChange,
  ReadinessView,
  Rubric,
  Survey,
  SurveyAnswers,
} from './capacity-types.ts';
import { apiGet, apiSend } from './client.ts';

const enc = encodeURIComponent;

/** Every cohort, newest year first. */
export function fetchCohorts(signal?: AbortSignal): Promise<{ items: Cohort[] }> {
  return apiGet('/cohorts', { signal });
}

/** One cohort with its cities and trainings; 404 for an unknown id. */
export function fetchCohort(id: string, signal?: AbortSignal): Promise<CohortDetail> {
  return apiGet(`/cohorts/${enc(id)}`, { signal });
}

/** A cohort's cities at a glance (needs a role that reads assessments). */
export function fetchCohortProgress(id: string, signal?: AbortSignal): Promise<CohortProgress> {
  return apiGet(`/cohorts/${enc(id)}/progress`, { signal });
}

/** Competency change of a cohort and of each of its cities. */
export function fetchCohortCompetencies(
  id: string,
  signal?: AbortSignal,
): Promise<CohortCompetencies> {
  return apiGet(`/cohorts/${enc(id)}/competencies`, { signal });
}

/** A city's readiness for its next stage, evidence and learning path. */
export function fetchReadiness(slug: string, signal?: AbortSignal): Promise<ReadinessView> {
  return apiGet(`/cities/${enc(slug)}/readiness`, { signal });
}

/** The current graduation rubric. */
export function fetchRubric(signal?: AbortSignal): Promise<Rubric> {
  return apiGet('/rubric', { signal });
}

/** A city's awareness over time. */
export function fetchAwareness(slug: string, signal?: AbortSignal): Promise<Awareness> {
  return apiGet(`/cities/${enc(slug)}/awareness`, { signal });
}

/** A city's competency change. */
export function fetchCityCompetencies(
  slug: string,
  signal?: AbortSignal,
): Promise<{ items: CompetencyChange[] }> {
  return apiGet(`/cities/${enc(slug)}/competencies`, { signal });
}

/** A survey and its questions (public). */
export function fetchSurvey(id: string, signal?: AbortSignal): Promise<Survey> {
  return apiGet(`/surveys/${enc(id)}`, { signal });
}

/** Answers a survey with an invitation code; 409 for a used or unknown code. */
export function answerSurvey(
  id: string,
  code: string,
  answers: SurveyAnswers,
): Promise<{ accepted: true }> {
  return apiSend('POST', `/surveys/${enc(id)}/answers`, { json: { code, answers } });
}
