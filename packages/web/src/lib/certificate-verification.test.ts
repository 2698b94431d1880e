import { describe, expect, it } from 'vitest';
import { referenceFromSearch, verificationProblems } from './certificate-verification.ts';

describe('verificationProblems', () => {
  it('lets a reference typed loosely and a name through', () => {
    expect(
      verificationProblems({ reference: 'fr-att-1a2b3c4d-5e6f7a8b ', name: 'Sok Dara' }),
    ).toEqual({});
  });

  it('says which field is empty and which reference is not shaped like one', () => {
    expect(verificationProblems({ reference: '', name: '  ' })).toEqual({
      reference: 'required',
      name: 'required',
    });
    expect(verificationProblems({ reference: 'FR-ATT-1A2B3C4D', name: 'Sok' })).toEqual({
      reference: 'malformed',
    });
  });
});

describe('referenceFromSearch', () => {
  it('prefills a reference from ?reference=, trimmed', () => {
    expect(referenceFromSearch({ reference: ' FR-ATT-1A2B3C4D-5E6F7A8B ' })).toBe(
      'FR-ATT-1A2B3C4D-5E6F7A8B',
    );
  });

  it('ignores an absent, blank or non-text reference, and cuts an overlong one', () => {
    expect(referenceFromSearch({})).toBeUndefined();
    expect(referenceFromSearch({ reference: '  ' })).toBeUndefined();
    expect(referenceFromSearch({ reference: 42 })).toBeUndefined();
    expect(referenceFromSearch({ reference: 'x'.repeat(500) })).toHaveLength(100);
  });
});
