import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import { openI18n, switchLanguage, uiStringsBackend } from './i18n.ts';
import type { LanguageCode } from './languages.ts';
import en from './locales/en.json';
import km from './locales/km.json';
import lo from './locales/lo.json';
import { loadUiStrings } from './resources.ts';

/** The real loader, recording which languages it was asked for; `failing` ones reject. */
function recordingLoader(failing: readonly LanguageCode[] = []) {
  const asked: LanguageCode[] = [];
  const load = async (language: LanguageCode) => {
    asked.push(language);
    if (failing.includes(language)) throw new Error(`chunk for ${language} did not arrive`);
    return loadUiStrings(language);
  };
  return { asked, load };
}

describe('loadUiStrings', () => {
  it('returns the strings of the language asked for, from its own file', async () => {
    expect(await loadUiStrings('lo')).toEqual(lo);
    expect(await loadUiStrings('en')).toEqual(en);
  });
});

describe('openI18n', () => {
  it('starts in the wanted language with only its strings loaded, English not among them', async () => {
    const { asked, load } = recordingLoader();
    const i18n = await openI18n(createInstance(), { language: 'km', load });
    expect(i18n.language).toBe('km');
    expect(i18n.t('failure.network')).toBe(km.failure.network);
    expect(asked).toEqual(['km']);
    expect(i18n.hasResourceBundle('en', 'translation')).toBe(false);
  });

  it.each([
    { why: 'is not an interface language', language: 'th', failing: [], asks: ['en'] },
    { why: 'cannot be loaded', language: 'my', failing: ['my'], asks: ['my', 'en'] },
  ] as const)('starts in English when the wanted language $why', async (example) => {
    const { asked, load } = recordingLoader(example.failing);
    const i18n = await openI18n(createInstance(), { language: example.language, load });
    expect(i18n.language).toBe('en');
    expect(i18n.t('failure.network')).toBe(en.failure.network);
    expect(asked).toEqual(example.asks);
  });

  it('fails, naming the language, when not even English can be loaded', async () => {
    const { load } = recordingLoader(['km', 'en']);
    await expect(openI18n(createInstance(), { language: 'km', load })).rejects.toThrow(
      'The UI strings could not be loaded (language "km")',
    );
  });
});

describe('switchLanguage', () => {
  it("loads a language's strings once, however often the reader switches back and forth", async () => {
    const { asked, load } = recordingLoader();
    const i18n = await openI18n(createInstance(), { language: 'km', load });
    for (const language of ['en', 'km', 'en', 'km'] as const) {
      expect(await switchLanguage(i18n, language)).toBe(true);
    }
    expect(i18n.t('failure.network')).toBe(km.failure.network);
    expect(asked).toEqual(['km', 'en']);
  });

  it('keeps the current language, never bare keys, when the new one cannot be loaded', async () => {
    const { load } = recordingLoader(['lo']);
    const i18n = await openI18n(createInstance(), { language: 'km', load });
    expect(await switchLanguage(i18n, 'lo')).toBe(false);
    expect(i18n.language).toBe('km');
    expect(i18n.t('failure.network')).toBe(km.failure.network);
    expect(await switchLanguage(i18n, 'en')).toBe(true);
    expect(i18n.t('failure.network')).toBe(en.failure.network);
  });
});

describe('uiStringsBackend', () => {
  it('refuses a language that has no strings file, without loading anything', async () => {
    const { asked, load } = recordingLoader();
    const error = await new Promise((resolve) =>
      uiStringsBackend(load).read('th', 'translation', (failure) => resolve(failure)),
    );
    expect(String(error)).toContain('no UI strings for language "th"');
    expect(asked).toEqual([]);
  });
});
