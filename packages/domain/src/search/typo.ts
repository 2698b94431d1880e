/**
 * Whether two words are at most one edit apart (Damerau–Levenshtein distance ≤ 1: one letter
 * inserted, deleted, changed, or two neighbours swapped).
 * @example withinOneEdit('polution', 'pollution') // true
 */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  const [shorter, longer] = a.length < b.length ? [a, b] : [b, a];
  return shorter.slice(i) === longer.slice(i + 1);
}

/** The shortest Latin word that gets typo variants: shorter words have too many neighbours. */
export const MIN_TYPO_LENGTH = 4;

/**
 * The words of a vocabulary one edit away from `word` and sharing its first letter (a typo is
 * rarely in the first letter, and this keeps the candidates few), best first: those of the
 * same length, then alphabetical. At most `limit`.
 */
export function typoVariants(word: string, vocabulary: Iterable<string>, limit = 5): string[] {
  if (word.length < MIN_TYPO_LENGTH) return [];
  const found: string[] = [];
  for (const candidate of vocabulary) {
    if (candidate !== word && candidate[0] === word[0] && withinOneEdit(word, candidate))
      found.push(candidate);
  }
  return found
    .sort(
      (x, y) =>
        Math.abs(x.length - word.length) - Math.abs(y.length - word.length) || x.localeCompare(y),
    )
    .slice(0, limit);
}
