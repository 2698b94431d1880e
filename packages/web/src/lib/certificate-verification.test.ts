import { parseGraduationReference } from '@frontrunner/domain';
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

describe('a graduation certificate’s reference typed into the form', () => {
  const id = '3f1c2a9e-8b7d-4c6e-9a5b-1d2e3f4a5b6c';

  it('is read as that certificate’s id, however it was copied', () => {
    expect(parseGraduationReference(' 3F1C2A9E–8B7D-4C6E-9A5B-1D2E3F4A5B6C ')).toBe(id);
    expect(parseGraduationReference('FR-ATT-1A2B3C4D-5E6F7A8B')).toBeUndefined();
    expect(parseGraduationReference('3f1c2a9e-8b7d')).toBeUndefined();
  });

  it('is no problem and needs no name, since it leads to its own page', () => {
    expect(verificationProblems({ reference: id, name: '' })).toEqual({});
    expect(verificationProblems({ reference: '3f1c2a9e-8b7d', name: '' })).toEqual({
      reference: 'malformed',
      name: 'required',
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
