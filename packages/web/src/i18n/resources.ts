import type en from './locales/en.json';
import type { LanguageCode } from './languages.ts';

/** The English strings: the reference every other language file follows (a type only). */
export type UiStrings = typeof en;

/**
 * One dynamic import a language, so the build emits each JSON file as its own chunk and a
 * visitor downloads only the language they read. Non-English files carry a `_meta` block for
 * translators (review status); it is never shown, since no key points into it.
 */
const importers: Record<LanguageCode, () => Promise<{ readonly default: object }>> = {
  en: () => import('./locales/en.json'),
  km: () => import('./locales/km.json'),
  lo: () => import('./locales/lo.json'),
  my: () => import('./locales/my.json'),
};

/** Fetches the UI strings of one language; rejects when its chunk cannot be loaded. */
export type LoadUiStrings = (language: LanguageCode) => Promise<object>;

/**
 * Fetches the UI strings of one language from its own chunk.
 *
 * @example
 * const khmer = await loadUiStrings('km'); // the contents of locales/km.json
 */
export const loadUiStrings: LoadUiStrings = async (language) =>
  (await importers[language]()).default;
