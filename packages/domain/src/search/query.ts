import { isLatinWord, segmentWords } from './segment';
import { typoVariants } from './typo';

/** One word of a query and the forms of it that count as a match. */
export interface QueryTerm {
  /** Folded word, as typed. */
  readonly word: string;
  /** Also match words that start with it (Latin words of 3 letters or more: "recycl" → "recycling"). */
  readonly prefix: boolean;
  /** Other words that count as this one: vocabulary words one typo away (Latin script only). */
  readonly variants: readonly string[];
}

/** A query ready for an engine: every term must match (AND), any form of a term will do (OR). */
export interface SearchQuery {
  readonly terms: readonly QueryTerm[];
}

/** The shortest Latin word matched as a prefix: "a" or "an" would match half the index. */
export const MIN_PREFIX_LENGTH = 3;

/** The most words a query keeps; the rest are ignored (a pasted paragraph is not a query). */
export const MAX_QUERY_TERMS = 12;

/**
 * Turns what a user typed into terms: the same segmentation and folding as indexing, so a Thai,
 * Khmer, Lao or Burmese query is cut into the words the index holds. Duplicate words are kept
 * once. Latin words of three letters or more also match as prefixes.
 * @example parseSearchQuery('Waste banks').terms.map((t) => t.word) // ['waste', 'banks']
 */
export function parseSearchQuery(text: string, lang?: string): SearchQuery {
  const seen = new Set<string>();
  const terms: QueryTerm[] = [];
  for (const word of segmentWords(text, lang)) {
    if (seen.has(word)) continue;
    seen.add(word);
    terms.push({
      word,
      prefix: isLatinWord(word) && word.length >= MIN_PREFIX_LENGTH,
      variants: [],
    });
    if (terms.length === MAX_QUERY_TERMS) break;
  }
  return { terms };
}

/**
 * Adds typo variants: a Latin word that is not in the index's vocabulary also matches the
 * vocabulary words one edit away from it ("polution" → "pollution"). Words of other scripts
 * are left as they are: without spaces between words, a one-letter edit there is too often a
 * different word.
 * @param vocabularyNear the indexed words near a word (same first letter, length ± 1), and
 *   whether the word itself is indexed
 */
export function withTypoVariants(
  query: SearchQuery,
  vocabularyNear: (word: string) => { readonly known: boolean; readonly near: readonly string[] },
): SearchQuery {
  return {
    terms: query.terms.map((term) => {
      if (!isLatinWord(term.word)) return term;
      const { known, near } = vocabularyNear(term.word);
      if (known) return term;
      return { ...term, variants: typoVariants(term.word, near) };
    }),
  };
}

/** Whether an indexed (folded) word matches a query term. */
export function termMatches(term: QueryTerm, word: string): boolean {
  return (
    word === term.word ||
    (term.prefix && word.startsWith(term.word)) ||
    term.variants.includes(word)
  );
}
