/** The language version of a case to show first, and whether it is a fallback. */
export interface CaseLanguageChoice<T extends { readonly lang: string }> {
  readonly text: T | undefined;
  /** True when the case has no version in the interface language */
  readonly fallback: boolean;
}

/**
 * The version of a case to show first: the one in the interface language, else English, else
 * the original, else the first. Says when it is not in the interface language.
 *
 * @example
 * chooseCaseText([{ lang: 'en' }, { lang: 'km' }], 'lo', 'km') // { text: { lang: 'en' }, fallback: true }
 */
export function chooseCaseText<T extends { readonly lang: string }>(
  texts: readonly T[],
  language: string,
  originalLang: string,
): CaseLanguageChoice<T> {
  const own = texts.find((text) => text.lang === language);
  if (own) return { text: own, fallback: false };
  const text =
    texts.find((item) => item.lang === 'en') ??
    texts.find((item) => item.lang === originalLang) ??
    texts[0];
  return { text, fallback: text !== undefined };
}
