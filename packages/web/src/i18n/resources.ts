import en from './locales/en.json';
import km from './locales/km.json';
import lo from './locales/lo.json';
import my from './locales/my.json';
import type { LanguageCode } from './languages.ts';

/** The English strings: the reference every other language file follows. */
export type UiStrings = typeof en;

/**
 * All UI strings, one JSON file a language. Non-English files carry a `_meta` block for
 * translators (review status); it is never shown, since no key points into it.
 */
export const resources: Record<LanguageCode, { translation: object }> = {
  en: { translation: en },
  km: { translation: km },
  lo: { translation: lo },
  my: { translation: my },
};
