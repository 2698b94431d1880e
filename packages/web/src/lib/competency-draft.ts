import { COMPETENCIES } from '@frontrunner/domain';
import type { NewCompetencyAssessment } from '../api/surveys.api.ts';
import { isIsoDate, type DraftProblem } from './survey-draft.ts';

/** The self-assessment form as filled in: a level 1–5 per competency, or none yet. */
export interface CompetencyDraft {
  readonly phase: 'before' | 'after' | '';
  /** YYYY-MM-DD */
  readonly assessedOn: string;
  /** Level 1–5 by competency key; absent when not assessed. */
  readonly levels: Readonly<Record<string, number>>;
  /** The training it goes with (id); empty for none. */
  readonly trainingId: string;
}

/** Problems of the form, by field (`levels` when no competency has a level). */
export type CompetencyDraftProblems = Partial<
  Record<'phase' | 'assessedOn' | 'levels', DraftProblem | 'future' | 'noLevel'>
>;

/** The levels a self-assessment takes, 1–5. */
export const COMPETENCY_LEVELS = [1, 2, 3, 4, 5] as const;

/**
 * Every problem of a self-assessment at once: a phase, a real date not after `today`, and a
 * level for at least one competency of the framework.
 *
 * @example
 * checkCompetencyDraft({ phase: '', assessedOn: '', levels: {}, trainingId: '' }, '2026-05-01')
 * // { phase: 'required', assessedOn: 'required', levels: 'noLevel' }
 */
export function checkCompetencyDraft(
  draft: CompetencyDraft,
  today: string,
): CompetencyDraftProblems {
  const problems: CompetencyDraftProblems = {};
  if (draft.phase === '') problems.phase = 'required';
  if (draft.assessedOn === '') problems.assessedOn = 'required';
  else if (!isIsoDate(draft.assessedOn)) problems.assessedOn = 'date';
  else if (draft.assessedOn > today) problems.assessedOn = 'future';
  if (Object.keys(toLevels(draft.levels)).length === 0) problems.levels = 'noLevel';
  return problems;
}

/** Only the framework's competencies with a whole level 1–5, in the framework's order. */
function toLevels(levels: Readonly<Record<string, number>>): Record<string, number> {
  const kept: Record<string, number> = {};
  for (const { key } of COMPETENCIES) {
    const level = levels[key];
    if (level !== undefined && Number.isInteger(level) && level >= 1 && level <= 5)
      kept[key] = level;
  }
  return kept;
}

/** The request body of a draft without problems. */
export function toCompetencyAssessment(
  draft: CompetencyDraft & { phase: 'before' | 'after' },
): NewCompetencyAssessment {
  return {
    phase: draft.phase,
    assessedOn: draft.assessedOn,
    levels: toLevels(draft.levels),
    ...(draft.trainingId ? { trainingId: draft.trainingId } : {}),
  };
}
