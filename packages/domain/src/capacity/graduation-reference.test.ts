import { describe, expect, it } from 'vitest';
import { parseAttendanceReference } from './attendance-reference';
import { GRADUATION_REFERENCE_EXAMPLE, parseGraduationReference } from './graduation-reference';

describe('parseGraduationReference', () => {
  it('reads a reference copied by hand: any case, spaces, en dashes', () => {
    expect(parseGraduationReference(' 3F1C2A9E–8B7D-4C6E-9A5B-1D2E 3F4A5B6C ')).toBe(
      GRADUATION_REFERENCE_EXAMPLE,
    );
  });

  it('refuses what is not a certificate id, including a reference of attendance', () => {
    expect(parseGraduationReference('')).toBeUndefined();
    expect(parseGraduationReference('3f1c2a9e-8b7d-4c6e-9a5b-1d2e3f4a5b6')).toBeUndefined();
    expect(parseGraduationReference('3f1c2a9e-8b7d-4c6e-9a5b-1d2e3f4a5b6g')).toBeUndefined();
    expect(parseGraduationReference('FR-ATT-1A2B3C4D-5E6F7A8B')).toBeUndefined();
    expect(parseAttendanceReference(GRADUATION_REFERENCE_EXAMPLE)).toBeUndefined();
  });
});
