import { describe, expect, it } from 'vitest';
import { isLanguage, pickLocalised, resolveLanguage, SUPPORTED_LANGUAGES } from './language';

describe('resolveLanguage', () => {
  it('offers English, Khmer, Lao and Burmese', () => {
    expect(SUPPORTED_LANGUAGES).toEqual(['en', 'km', 'lo', 'my']);
  });

  it('prefers a supported requested language over the header', () => {
    expect(resolveLanguage('lo', 'km')).toBe('lo');
  });

  it('reads the primary subtag of a requested region tag', () => {
    expect(resolveLanguage('my-MM', undefined)).toBe('my');
  });

  it('ignores an unsupported requested language and reads the header', () => {
    expect(resolveLanguage('th', 'km-KH')).toBe('km');
  });

  it('picks the supported language with the highest q-value, not the first listed', () => {
    expect(resolveLanguage(undefined, 'en;q=0.3, fr, lo;q=0.9, km;q=0.5')).toBe('lo');
  });

  it('keeps header order between equal q-values', () => {
    expect(resolveLanguage(undefined, 'my, km')).toBe('my');
  });

  it('never picks a language marked q=0', () => {
    expect(resolveLanguage(undefined, 'km;q=0, lo;q=0.1')).toBe('lo');
  });

  it('falls back to English when nothing is supported or given', () => {
    expect(resolveLanguage('vi', 'vi-VN, th;q=0.8')).toBe('en');
    expect(resolveLanguage(undefined, undefined)).toBe('en');
    expect(resolveLanguage('', 'garbage;;q=x')).toBe('en');
  });
});

describe('isLanguage', () => {
  it('accepts product languages only', () => {
    expect(isLanguage('km')).toBe(true);
    expect(isLanguage('zh-Hans')).toBe(false);
  });
});

describe('pickLocalised', () => {
  it('returns the text in the language when it exists', () => {
    expect(pickLocalised({ km: 'គ្មានភាពក្រីក្រ' }, 'km', 'No Poverty')).toBe('គ្មានភាពក្រីក្រ');
  });

  it('falls back to English per field when the language has no text', () => {
    expect(pickLocalised({ km: 'គ្មានភាពក្រីក្រ' }, 'lo', 'No Poverty')).toBe('No Poverty');
    expect(pickLocalised(undefined, 'my', 'No Poverty')).toBe('No Poverty');
  });
});
