import { DEFAULT_LANGUAGE, isLanguage, type Language } from '@frontrunner/domain';

/**
 * The language to print a certificate in for a reader of the interface: their language when the
 * server prints certificates in it (en, km, lo, my), else English.
 * @example certificateLang('km') // 'km'
 * @example certificateLang('th') // 'en'
 */
export function certificateLang(interfaceLanguage: string): Language {
  return isLanguage(interfaceLanguage) ? interfaceLanguage : DEFAULT_LANGUAGE;
}
