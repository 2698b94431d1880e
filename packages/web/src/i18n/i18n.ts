import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import {
  fallbackLanguage,
  languageCodes,
  languageStorageKey,
  pickLanguage,
  type LanguageCode,
} from './languages.ts';
import { resources } from './resources.ts';

/** Reads the stored language; storage can be unavailable (private mode, blocked cookies). */
function readStoredLanguage(): string | null {
  try {
    return localStorage.getItem(languageStorageKey);
  } catch {
    return null;
  }
}

/** Switches the interface language and remembers the user's choice for the next visit. */
export async function chooseLanguage(i18n: I18n, language: LanguageCode): Promise<void> {
  storeLanguage(language);
  await i18n.changeLanguage(language);
}

function storeLanguage(language: string): void {
  try {
    localStorage.setItem(languageStorageKey, language);
  } catch {
    // Not remembering the choice is acceptable; the page still switches.
  }
}

/**
 * Starts i18next with every UI language bundled, in the stored or browser-preferred language,
 * and keeps `<html lang>` and the stored choice in step with later changes.
 */
export async function startI18n(): Promise<I18n> {
  const lng = pickLanguage(readStoredLanguage(), navigator.languages);
  i18next.on('languageChanged', (language) => {
    document.documentElement.lang = language;
  });
  await i18next.use(initReactI18next).init({
    resources,
    lng,
    fallbackLng: fallbackLanguage,
    supportedLngs: languageCodes,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = i18next.language;
  return i18next;
}
