import type { SurveyRound } from '../api/capacity-types.ts';
import type { NewSurvey } from '../api/surveys.api.ts';

/** The start-a-survey form as typed: nothing chosen yet is an empty string. */
export interface SurveyDraft {
  readonly round: SurveyRound | '';
  readonly title: string;
  /** YYYY-MM-DD from a date input. */
  readonly opensOn: string;
}

/** What is wrong with one field, as a key of the `surveyAdmin.problems` translations. */
export type DraftProblem = 'required' | 'tooLong' | 'date' | 'whole' | 'range';

/** Problems of the start-a-survey form, by field; empty when it can be sent. */
export type SurveyDraftProblems = Partial<Record<keyof SurveyDraft, DraftProblem>>;

/** The longest survey title the API takes. */
export const MAX_SURVEY_TITLE = 200;
/** The most invitation codes one request generates (the API's limit). */
export const MAX_CODES = 5000;

/**
 * Whether a string is a real calendar date written YYYY-MM-DD (2025-02-30 is not).
 *
 * @example
 * isIsoDate('2026-02-28') // true
 */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/**
 * Every problem of the start-a-survey form at once, so each shows beside its field.
 *
 * @example
 * checkSurveyDraft({ round: '', title: ' ', opensOn: '2026-01-01' }) // { round: 'required', title: 'required' }
 */
export function checkSurveyDraft(draft: SurveyDraft): SurveyDraftProblems {
  const problems: SurveyDraftProblems = {};
  if (draft.round === '') problems.round = 'required';
  const title = draft.title.trim();
  if (title === '') problems.title = 'required';
  else if (title.length > MAX_SURVEY_TITLE) problems.title = 'tooLong';
  if (draft.opensOn === '') problems.opensOn = 'required';
  else if (!isIsoDate(draft.opensOn)) problems.opensOn = 'date';
  return problems;
}

/** The request body of a draft without problems (title trimmed). */
export function toNewSurvey(draft: SurveyDraft & { round: SurveyRound }): NewSurvey {
  return { round: draft.round, title: draft.title.trim(), opensOn: draft.opensOn };
}

/**
 * The problem with a typed number of codes, or undefined when it is a whole number 1–5000.
 *
 * @example
 * checkCodeCount('2.5') // 'whole'
 */
export function checkCodeCount(text: string): DraftProblem | undefined {
  const value = text.trim();
  if (value === '') return 'required';
  if (!/^\d+$/.test(value)) return 'whole';
  const count = Number(value);
  return count >= 1 && count <= MAX_CODES ? undefined : 'range';
}
