import { describe, expect, it } from 'vitest';
import { isLanguageCode, pickLanguage } from './languages.ts';

describe('pickLanguage', () => {
  it('prefers the stored choice', () => {
    expect(pickLanguage('my', ['km-KH', 'en'])).toBe('my');
  });

  it('falls back to the first supported browser language, matching regional tags', () => {
    expect(pickLanguage(null, ['fr-FR', 'lo-LA', 'en-US'])).toBe('lo');
    expect(pickLanguage('xx', ['KM'])).toBe('km');
  });

  it('uses English when nothing else fits', () => {
    expect(pickLanguage(null, ['fr', 'th'])).toBe('en');
    expect(pickLanguage(null, [])).toBe('en');
  });

  it('knows exactly the four interface languages', () => {
    expect(['en', 'km', 'lo', 'my'].every(isLanguageCode)).toBe(true);
    expect(isLanguageCode('th')).toBe(false);
    expect(isLanguageCode(undefined)).toBe(false);
  });
});
