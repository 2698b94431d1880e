import { foldForSearch } from '../text/fold';

/**
 * Text as the tagger compares it: folded (case and diacritics removed), every run of
 * characters that is not a letter or digit turned into one space. Hyphens and apostrophes
 * split words on both sides, so `anti-poverty` in a keyword matches `anti poverty` in a text.
 * @example normaliseForTagging('Clean-Air  Plan, Đà Nẵng') // 'clean air plan da nang'
 */
export function normaliseForTagging(text: string): string {
  return foldForSearch(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The words of a text after {@link normaliseForTagging}; none for blank text. */
export function taggingWords(text: string): string[] {
  const normal = normaliseForTagging(text);
  return normal === '' ? [] : normal.split(' ');
}
