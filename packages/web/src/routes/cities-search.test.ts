import { describe, expect, it } from 'vitest';
import { citiesPageSize, hasFilters, parseCitiesSearch, toCityListQuery } from './cities-search.ts';

describe('parseCitiesSearch', () => {
  it('keeps well-formed values, trimmed and normalised', () => {
    expect(
      parseCitiesSearch({ q: ' hue ', country: 'vnm', stage: 'model_city', page: '3' }),
    ).toEqual({ q: 'hue', country: 'VNM', stage: 'model_city', page: 3 });
  });

  it('drops malformed values instead of failing', () => {
    expect(parseCitiesSearch({ q: '  ', country: 'Vietnam', stage: 'mayor', page: 'two' })).toEqual(
      {},
    );
    expect(parseCitiesSearch({ page: 0 })).toEqual({});
    expect(parseCitiesSearch({ page: 2.5 })).toEqual({});
  });

  it('leaves page 1 out of the URL', () => {
    expect(parseCitiesSearch({ page: 1 })).toEqual({});
  });

  it('reads a numeric search text (the router parses "123" as a number)', () => {
    expect(parseCitiesSearch({ q: 123 })).toEqual({ q: '123' });
  });
});

describe('toCityListQuery', () => {
  it('turns the page number into an offset', () => {
    expect(toCityListQuery({ q: 'hue', page: 3 })).toEqual({
      q: 'hue',
      country: undefined,
      stage: undefined,
      limit: citiesPageSize,
      offset: 2 * citiesPageSize,
    });
    expect(toCityListQuery({}).offset).toBe(0);
  });
});

describe('hasFilters', () => {
  it('is true only when the search narrows the list', () => {
    expect(hasFilters({})).toBe(false);
    expect(hasFilters({ page: 4 })).toBe(false);
    expect(hasFilters({ stage: 'candidate' })).toBe(true);
  });
});
