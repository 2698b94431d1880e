import { countryName } from '@frontrunner/domain';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { fallbackLanguage, isLanguageCode } from '../i18n/languages.ts';

/**
 * The name of an ASEAN member state in the interface language, from its ISO alpha-3 code
 * ('KHM' → 'Cambodia', 'កម្ពុជា', 'ກຳປູເຈຍ', 'ကမ္ဘောဒီးယား'): the domain's one table, which the
 * certificates print too. The API's English `countryName` stays for API clients.
 */
export function useCountryName(): (iso3: string) => string {
  const { i18n } = useTranslation();
  const language = isLanguageCode(i18n.language) ? i18n.language : fallbackLanguage;
  return useCallback((iso3: string) => countryName(iso3, language), [language]);
}
