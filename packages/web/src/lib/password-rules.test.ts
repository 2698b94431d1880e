import { describe, expect, it } from 'vitest';
import { checkNewPassword, isAcceptable } from './password-rules.ts';

describe('checkNewPassword', () => {
  it('accepts twelve characters typed twice', () => {
    expect(isAcceptable(checkNewPassword('twelve chars', 'twelve chars'))).toBe(true);
  });

  it('counts characters, not bytes', () => {
    expect(checkNewPassword('ពាក្យសម្ងាត់ថ្មី', 'ពាក្យសម្ងាត់ថ្មី')).toEqual({});
    expect(checkNewPassword('ពាក្យ', 'ពាក្យ')).toEqual({ password: 'too-short' });
  });

  it('says when the repetition differs', () => {
    expect(checkNewPassword('a long password', 'a long passw0rd')).toEqual({
      confirmation: 'mismatch',
    });
  });
});
