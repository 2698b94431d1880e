import { describe, expect, it } from 'vitest';
import { parseAccountSearch, parseDataEntrySearch, parseSignInSearch } from './search-params.ts';

describe('search parameters', () => {
  it('keep a redirect string and drop anything else', () => {
    expect(parseSignInSearch({ redirect: '/users' })).toEqual({ redirect: '/users' });
    expect(parseSignInSearch({ redirect: 3 })).toEqual({});
  });

  it('read the welcome flag', () => {
    expect(parseAccountSearch({ welcome: true })).toEqual({ welcome: true });
    expect(parseAccountSearch({ welcome: 'no' })).toEqual({});
  });

  it('accept only series codes', () => {
    expect(parseDataEntrySearch({ series: 'EN_REF_WASCOL' })).toEqual({ series: 'EN_REF_WASCOL' });
    expect(parseDataEntrySearch({ series: '<script>' })).toEqual({});
  });
});
