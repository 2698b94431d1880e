import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { chooseLanguage } from '../i18n/i18n.ts';
import { fallbackLanguage, isLanguageCode, type LanguageCode } from '../i18n/languages.ts';

/** The current interface language and a way to change it. */
export interface LanguageState {
  readonly language: LanguageCode;
  /** Switches the interface and API titles, and remembers the choice. */
  readonly setLanguage: (language: LanguageCode) => void;
}

/** The interface language; components re-render when it changes. */
export function useLanguage(): LanguageState {
  const { i18n } = useTranslation();
  const current = i18n.resolvedLanguage;
  const language = isLanguageCode(current) ? current : fallbackLanguage;
  const setLanguage = useCallback((next: LanguageCode) => void chooseLanguage(i18n, next), [i18n]);
  return { language, setLanguage };
}
