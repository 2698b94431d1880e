/** The languages of the user interface, English first (the fallback). */
export const languageCodes = ['en', 'km', 'lo', 'my'] as const;

/** ISO 639-1 code of a user-interface language. */
export type LanguageCode = (typeof languageCodes)[number];

/** The language used when nothing else is known, or when the wanted one cannot be loaded. */
export const fallbackLanguage: LanguageCode = 'en';

/**
 * Each interface language named in itself, for language pickers. Kept here rather than in the
 * strings files because only the reader's own language is loaded (see resources.ts), while a
 * picker shows every name at once.
 */
export const languageNames: Readonly<Record<LanguageCode, string>> = {
  en: 'English',
  km: 'ខ្មែរ',
  lo: 'ລາວ',
  my: 'မြန်မာ',
};

/** Where the chosen language is remembered between visits. */
export const languageStorageKey = 'frontrunner.language';

/** True when `value` is one of the interface languages. */
export function isLanguageCode(value: unknown): value is LanguageCode {
  return typeof value === 'string' && (languageCodes as readonly string[]).includes(value);
}

/**
 * Picks the interface language: the stored choice if any, else the first browser preference we
 * support (matching `km-KH` to `km`), else English.
 *
 * @example
 * pickLanguage(null, ['lo-LA', 'en-US']) // 'lo'
 */
export function pickLanguage(stored: string | null, preferred: readonly string[]): LanguageCode {
  if (isLanguageCode(stored)) return stored;
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguageCode(base)) return base;
  }
  return fallbackLanguage;
}
