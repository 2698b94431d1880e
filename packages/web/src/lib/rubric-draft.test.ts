import { DEFAULT_RUBRIC } from '@frontrunner/domain';
import { describe, expect, it } from 'vitest';
import type { RubricVersion } from '../api/rubric.api.ts';
import {
  blankCriterion,
  draftChanged,
  draftFromRubric,
  rubricProblems,
  toRubricBody,
} from './rubric-draft.ts';

const rubric = DEFAULT_RUBRIC as unknown as RubricVersion;

describe('the rubric editor’s draft', () => {
  it('round-trips a published version unchanged', () => {
    const draft = draftFromRubric(rubric);
    const { version: _version, ...body } = rubric;
    expect(toRubricBody(draft)).toEqual(JSON.parse(JSON.stringify(body)));
    expect(draftChanged(draft, rubric)).toBe(false);
    expect(rubricProblems(draft).size).toBe(0);
  });

  it('finds a change and names each problem of a new criterion by its field', () => {
    const draft = draftFromRubric(rubric);
    const added = { ...draft, criteria: [...draft.criteria, blankCriterion('new-1')] };
    expect(draftChanged(added, rubric)).toBe(true);
    const index = added.criteria.length - 1;
    const problems = rubricProblems(added);
    expect(problems.get(`criteria.${index}.key`)).toEqual(['keyFormat']);
    expect(problems.get(`criteria.${index}.title`)).toEqual(['titleEmpty']);
    expect(problems.get(`criteria.${index}.levels`)).toEqual(['levelsEmpty']);
  });

  it('refuses a key used twice, no criteria, and a Frontrunner minimum below Model City', () => {
    const draft = draftFromRubric(rubric);
    const first = draft.criteria[0]!;
    const twice = { ...draft, criteria: [first, { ...first, rowId: 'copy' }] };
    expect(rubricProblems(twice).get('criteria.1.key')).toEqual(['keyTwice']);
    expect(rubricProblems({ ...draft, criteria: [] }).get('criteria')).toEqual(['noCriteria']);
    const lower = { ...draft, minimum: { model_city: 3, frontrunner: 2 } as const };
    expect(rubricProblems(lower).get('minimum.frontrunner')).toEqual(['minimumOrder']);
  });

  it('sends per-criterion overrides only when set, and text trimmed', () => {
    const draft = draftFromRubric(rubric);
    const first = draft.criteria[0]!;
    const edited = {
      ...draft,
      criteria: [{ ...first, title: '  Localised  ', minimum: { frontrunner: 2 as const } }],
    };
    const body = toRubricBody(edited);
    expect(body.criteria[0]).toMatchObject({ title: 'Localised', minimum: { frontrunner: 2 } });
    expect(toRubricBody(draft).criteria[0]).not.toHaveProperty('minimum');
  });
});
