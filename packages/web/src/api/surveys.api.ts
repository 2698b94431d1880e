import type { Survey, SurveyRound } from './capacity-types.ts';
import { apiGet, apiSend } from './client.ts';

const enc = encodeURIComponent;

/** What starting a survey takes: the round, the title respondents see, and when it opens. */
export interface NewSurvey {
  readonly round: SurveyRound;
  readonly title: string;
  /** YYYY-MM-DD */
  readonly opensOn: string;
}

/** A competency self-assessment: levels 1–5 by competency key, before or after a training. */
export interface NewCompetencyAssessment {
  readonly phase: 'before' | 'after';
  readonly levels: Readonly<Record<string, number>>;
  /** YYYY-MM-DD */
  readonly assessedOn: string;
  /** The training it goes with (id), if any. */
  readonly trainingId?: string;
}

/** A training a self-assessment can go with. */
export interface TrainingOption {
  readonly id: string;
  readonly title: string;
  /** YYYY-MM-DD */
  readonly startsOn: string;
}

/** Starts an awareness survey of a city with the standard questionnaire. */
export function createSurvey(slug: string, survey: NewSurvey): Promise<Survey> {
  return apiSend('POST', `/cities/${enc(slug)}/surveys`, { json: survey });
}

/** Closes a survey: it takes no more answers; 409 when it is closed already. */
export function closeSurvey(id: string): Promise<Survey> {
  return apiSend('POST', `/surveys/${enc(id)}/close`);
}

/** Generates single-use invitation codes; the answer is the only place they ever appear. */
export function generateSurveyCodes(id: string, count: number): Promise<{ codes: string[] }> {
  return apiSend('POST', `/surveys/${enc(id)}/codes`, { json: { count } });
}

/** Records a competency self-assessment of a city's team. */
export function recordCompetencyAssessment(
  slug: string,
  assessment: NewCompetencyAssessment,
): Promise<{ id: string }> {
  return apiSend('POST', `/cities/${enc(slug)}/competency-assessments`, { json: assessment });
}

/** Trainings a self-assessment can go with: the latest 200, upcoming and past (public). */
export async function fetchTrainingOptions(signal?: AbortSignal): Promise<TrainingOption[]> {
  const page = await apiGet<{ items: TrainingOption[] }>('/trainings', {
    query: { limit: 200 },
    signal,
  });
  return page.items.map(({ id, title, startsOn }) => ({ id, title, startsOn }));
}
