import { describe, expect, it } from 'vitest';
import { parseProjectsSearch, projectsPageSize, toPortfolioQuery } from './projects-search.ts';

describe('parseProjectsSearch', () => {
  it('keeps well-formed filters and upper-cases the country', () => {
    expect(
      parseProjectsSearch({ city: 'phnom-penh', country: 'khm', goal: '11', page: '3' }),
    ).toEqual({ city: 'phnom-penh', country: 'KHM', goal: 11, page: 3 });
  });

  it('drops a goal out of range, an unknown status and dimension, and page 1', () => {
    expect(
      parseProjectsSearch({ goal: '18', status: 'done', dimension: 'planet', page: '1' }),
    ).toEqual({});
  });
});

describe('toPortfolioQuery', () => {
  it('turns the page number into an offset', () => {
    expect(toPortfolioQuery({ status: 'planned', page: 2 })).toEqual({
      status: 'planned',
      limit: projectsPageSize,
      offset: projectsPageSize,
    });
  });
});
