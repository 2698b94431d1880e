import { describe, expect, it } from 'vitest';
import { isLanguageCode, languageNames, pickLanguage } from './languages.ts';

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

describe('languageNames', () => {
  it('names each interface language in its own script', () => {
    expect(languageNames.en).toBe('English');
    expect(languageNames.km).toMatch(/^[\u1780-\u17FF]+$/);
    expect(languageNames.lo).toMatch(/^[\u0E80-\u0EFF]+$/);
    expect(languageNames.my).toMatch(/^[\u1000-\u109F]+$/);
  });
});
