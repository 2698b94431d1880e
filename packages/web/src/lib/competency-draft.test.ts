import { describe, expect, it } from 'vitest';
import { checkCompetencyDraft, toCompetencyAssessment } from './competency-draft.ts';

const TODAY = '2026-05-01';

describe('the competency self-assessment form', () => {
  it('asks for a phase, a date and at least one level', () => {
    expect(
      checkCompetencyDraft({ phase: '', assessedOn: '', levels: {}, trainingId: '' }, TODAY),
    ).toEqual({
      phase: 'required',
      assessedOn: 'required',
      levels: 'noLevel',
    });
  });

  it('refuses a date after today and ignores levels outside the framework or 1–5', () => {
    expect(
      checkCompetencyDraft(
        {
          phase: 'after',
          assessedOn: '2026-05-02',
          levels: { reporting: 6, unknown: 3 },
          trainingId: '',
        },
        TODAY,
      ),
    ).toEqual({ assessedOn: 'future', levels: 'noLevel' });
  });

  it('sends only the framework’s competencies with a level, in the framework’s order', () => {
    const draft = {
      phase: 'before',
      assessedOn: '2026-04-30',
      levels: { stakeholder_engagement: 2, unknown: 4, localising_targets: 3 },
      trainingId: '',
    } as const;
    expect(checkCompetencyDraft(draft, TODAY)).toEqual({});
    const body = toCompetencyAssessment(draft);
    expect(body).toEqual({
      phase: 'before',
      assessedOn: '2026-04-30',
      levels: { localising_targets: 3, stakeholder_engagement: 2 },
    });
    expect(Object.keys(body.levels)).toEqual(['localising_targets', 'stakeholder_engagement']);
    expect(toCompetencyAssessment({ ...draft, trainingId: 't-1' }).trainingId).toBe('t-1');
  });
});
