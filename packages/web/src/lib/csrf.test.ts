import { describe, expect, it } from 'vitest';
import { isUnsafeMethod, readCsrfToken } from './csrf.ts';

describe('readCsrfToken', () => {
  it('finds the fr_csrf cookie among others', () => {
    expect(readCsrfToken('theme=dark; fr_csrf=abc-123_x; other=1')).toBe('abc-123_x');
  });

  it('is undefined without the cookie or with an empty one', () => {
    expect(readCsrfToken('')).toBeUndefined();
    expect(readCsrfToken('fr_csrf_old=1; x=fr_csrf')).toBeUndefined();
    expect(readCsrfToken('fr_csrf=')).toBeUndefined();
  });

  it('decodes an encoded value', () => {
    expect(readCsrfToken('fr_csrf=a%2Bb')).toBe('a+b');
  });
});

describe('isUnsafeMethod', () => {
  it('treats writes as unsafe and reads as safe', () => {
    expect(['POST', 'PUT', 'patch', 'DELETE'].map(isUnsafeMethod)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(['GET', 'HEAD', 'options'].map(isUnsafeMethod)).toEqual([false, false, false]);
  });
});
