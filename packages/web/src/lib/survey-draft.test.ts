import { describe, expect, it } from 'vitest';
import { checkCodeCount, checkSurveyDraft, isIsoDate, toNewSurvey } from './survey-draft.ts';

describe('the start-a-survey form', () => {
  it('names every missing field at once', () => {
    expect(checkSurveyDraft({ round: '', title: '  ', opensOn: '' })).toEqual({
      round: 'required',
      title: 'required',
      opensOn: 'required',
    });
  });

  it('refuses a title over 200 characters and a date that does not exist', () => {
    expect(
      checkSurveyDraft({ round: 'baseline', title: 'x'.repeat(201), opensOn: '2026-02-30' }),
    ).toEqual({ title: 'tooLong', opensOn: 'date' });
  });

  it('accepts a complete draft and sends the title trimmed', () => {
    const draft = { round: 'follow_up', title: ' Follow-up 2027 ', opensOn: '2027-03-01' } as const;
    expect(checkSurveyDraft(draft)).toEqual({});
    expect(toNewSurvey(draft)).toEqual({
      round: 'follow_up',
      title: 'Follow-up 2027',
      opensOn: '2027-03-01',
    });
  });

  it('reads only real calendar dates written YYYY-MM-DD', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2027-02-29')).toBe(false);
    expect(isIsoDate('1/3/2027')).toBe(false);
  });
});

describe('the number of invitation codes', () => {
  it('is a whole number from 1 to 5000', () => {
    expect(checkCodeCount('3')).toBeUndefined();
    expect(checkCodeCount('5000')).toBeUndefined();
    expect(checkCodeCount('')).toBe('required');
    expect(checkCodeCount('2.5')).toBe('whole');
    expect(checkCodeCount('-1')).toBe('whole');
    expect(checkCodeCount('0')).toBe('range');
    expect(checkCodeCount('5001')).toBe('range');
  });
});
