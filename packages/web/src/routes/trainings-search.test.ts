import { describe, expect, it } from 'vitest';
import { parseTrainingsSearch } from './trainings-search.ts';

describe('the trainings list’s search', () => {
  it('keeps a cohort id, upcoming or past and a page past the first', () => {
    expect(parseTrainingsSearch({ cohort: '0b6f-4a', when: 'upcoming', page: '3' })).toEqual({
      cohort: '0b6f-4a',
      when: 'upcoming',
      page: 3,
    });
  });

  it('drops what is malformed, and page 1', () => {
    expect(parseTrainingsSearch({ cohort: '<x>', when: 'soon', page: '1' })).toEqual({});
    expect(parseTrainingsSearch({ page: '2.5' })).toEqual({});
  });
});
