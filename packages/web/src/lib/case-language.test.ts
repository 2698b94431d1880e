import { describe, expect, it } from 'vitest';
import { chooseCaseText } from './case-language.ts';

const en = { lang: 'en' };
const km = { lang: 'km' };
const th = { lang: 'th' };

describe('chooseCaseText', () => {
  it('shows the version in the interface language first', () => {
    expect(chooseCaseText([en, km], 'km', 'en')).toEqual({ text: km, fallback: false });
    expect(chooseCaseText([en, km], 'en', 'km')).toEqual({ text: en, fallback: false });
  });

  it('falls back to English, then the original, and says so', () => {
    expect(chooseCaseText([km, en], 'lo', 'km')).toEqual({ text: en, fallback: true });
    expect(chooseCaseText([km, th], 'lo', 'th')).toEqual({ text: th, fallback: true });
    expect(chooseCaseText([km], 'my', 'xx')).toEqual({ text: km, fallback: true });
  });

  it('has nothing to show for a case without texts', () => {
    expect(chooseCaseText([], 'en', 'en')).toEqual({ text: undefined, fallback: false });
  });
});
