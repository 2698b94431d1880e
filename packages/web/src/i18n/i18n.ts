import i18next, { type BackendModule, type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import {
  fallbackLanguage,
  isLanguageCode,
  languageCodes,
  languageStorageKey,
  pickLanguage,
  type LanguageCode,
} from './languages.ts';
import { loadUiStrings, type LoadUiStrings } from './resources.ts';

/** The one namespace: each language is a single JSON file. */
const namespace = 'translation';

/** Reads the stored language; storage can be unavailable (private mode, blocked cookies). */
function readStoredLanguage(): string | null {
  try {
    return localStorage.getItem(languageStorageKey);
  } catch {
    return null;
  }
}

function storeLanguage(language: string): void {
  try {
    localStorage.setItem(languageStorageKey, language);
  } catch {
    // Not remembering the choice is acceptable; the page still switches.
  }
}

/**
 * An i18next backend that reads a language's strings through `load`. i18next asks once per
 * language and keeps what it got; a failed load is reported, not retried (i18next does not ask
 * again for that language until the page reloads).
 */
export function uiStringsBackend(load: LoadUiStrings): BackendModule {
  return {
    type: 'backend',
    callbackApi: true,
    init: () => undefined,
    read(language, _namespace, callback) {
      if (!isLanguageCode(language)) {
        callback(new Error(`There are no UI strings for language "${language}"`), false);
        return;
      }
      load(language).then(
        (strings) => callback(null, strings),
        (error: unknown) => callback(error instanceof Error ? error : String(error), false),
      );
    },
  };
}

/**
 * Switches to `language` once its strings are loaded, so the page never shows bare keys: while
 * they load the interface stays in the current language, and if they cannot be loaded it stays
 * there. Resolves to whether the switch happened.
 */
export async function switchLanguage(i18n: I18n, language: LanguageCode): Promise<boolean> {
  await i18n.loadLanguages(language);
  if (!i18n.hasResourceBundle(language, namespace)) return false;
  await i18n.changeLanguage(language);
  return true;
}

/** Switches the interface language and remembers the user's choice for the next visit. */
export async function chooseLanguage(i18n: I18n, language: LanguageCode): Promise<boolean> {
  const switched = await switchLanguage(i18n, language);
  if (switched) storeLanguage(language);
  return switched;
}

/** What {@link openI18n} starts with. */
export interface OpenI18nOptions {
  /** The wanted language; anything that is not an interface language means English. */
  readonly language: string;
  /** Where a language's strings come from (its own chunk in the app). */
  readonly load?: LoadUiStrings;
}

/**
 * Starts an i18next instance with only the wanted language's strings, loaded before it resolves.
 * There is no fallback language at run time: the locale test holds every file to exactly the
 * English keys, so loading English as well would only cost every other reader its download.
 * English stands in only when the wanted language cannot be loaded at all.
 *
 * @throws Error when neither the wanted language nor English can be loaded.
 */
export async function openI18n(
  instance: I18n,
  { language, load = loadUiStrings }: OpenI18nOptions,
): Promise<I18n> {
  const lng = isLanguageCode(language) ? language : fallbackLanguage;
  await instance.use(uiStringsBackend(load)).init({
    lng,
    fallbackLng: false,
    supportedLngs: languageCodes,
    load: 'currentOnly',
    ns: [namespace],
    defaultNS: namespace,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  if (instance.hasResourceBundle(lng, namespace)) return instance;
  if (lng !== fallbackLanguage && (await switchLanguage(instance, fallbackLanguage))) {
    return instance;
  }
  throw new Error(`The UI strings could not be loaded (language "${lng}")`);
}

/**
 * Starts the app's i18next in the stored or browser-preferred language, with that language's
 * strings loaded, and keeps `<html lang>` in step with later changes.
 */
export async function startI18n(): Promise<I18n> {
  const language = pickLanguage(readStoredLanguage(), navigator.languages);
  i18next.on('languageChanged', (changed) => {
    document.documentElement.lang = changed;
  });
  await openI18n(i18next.use(initReactI18next), { language });
  document.documentElement.lang = i18next.language;
  return i18next;
}
