import { foldToAscii } from './ascii';

/**
 * Words that name the kind of place rather than the place: "Cebu City" is Cebu, "City of
 * Parañaque" is Parañaque. Malay/Indonesian "kota" (city) likewise.
 */
const GENERIC_WORDS: ReadonlySet<string> = new Set(['city', 'of', 'the', 'kota']);

/**
 * Reduces a place name to lowercase ASCII words for comparison: strips diacritics (including
 * Vietnamese đ), turns punctuation into spaces and drops generic words such as "City" and
 * "Kota". Returns the words joined by single spaces.
 * @example normaliseCityName('Thành phố Đà Nẵng City') // 'thanh pho da nang'
 */
export function normaliseCityName(name: string): string {
  return foldToAscii(name)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .split(' ')
    .filter((word) => word !== '' && !GENERIC_WORDS.has(word))
    .join(' ');
}

/** Jaro similarity, 0–1: shared characters within a window, penalised for transpositions. */
function jaro(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  const aMatched = new Array<boolean>(a.length).fill(false);
  const bMatched = new Array<boolean>(b.length).fill(false);
  let matches = 0;
  for (let i = 0; i < a.length; i++) {
    const from = Math.max(0, i - window);
    const to = Math.min(b.length - 1, i + window);
    for (let j = from; j <= to; j++) {
      if (bMatched[j] || a[i] !== b[j]) continue;
      aMatched[i] = bMatched[j] = true;
      matches++;
      break;
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  let k = 0;
  for (let i = 0; i < a.length; i++) {
    if (!aMatched[i]) continue;
    while (!bMatched[k]) k++;
    if (a[i] !== b[k]) transpositions++;
    k++;
  }
  const m = matches;
  return (m / a.length + m / b.length + (m - transpositions / 2) / m) / 3;
}

/**
 * Jaro–Winkler similarity, 0–1 (1 = identical): Jaro similarity boosted for a common prefix of
 * up to 4 characters with the standard scaling factor 0.1 (Winkler 1990).
 * @example jaroWinkler('MARTHA', 'MARHTA') // ≈ 0.961
 */
export function jaroWinkler(a: string, b: string): number {
  const similarity = jaro(a, b);
  let prefix = 0;
  while (prefix < 4 && prefix < a.length && a[prefix] === b[prefix]) prefix++;
  return similarity + prefix * 0.1 * (1 - similarity);
}

/** Least Jaro–Winkler similarity at which two normalised names may name the same city. */
export const NAME_SIMILARITY_THRESHOLD = 0.85;

/**
 * How alike two city names are, 0–1, after `normaliseCityName`: 1 when equal; 0.95 when one
 * name's words appear whole inside the other ("Bandar Lampung" / "Lampung"); otherwise the
 * Jaro–Winkler similarity of the names without spaces, so "Nay Pyi Taw" meets "Naypyidaw".
 * Names that normalise to nothing score 0.
 * @example nameSimilarity('Cebu City', 'Cebu') // 1
 */
export function nameSimilarity(a: string, b: string): number {
  const x = normaliseCityName(a);
  const y = normaliseCityName(b);
  if (x === '' || y === '') return 0;
  if (x === y) return 1;
  const [shorter, longer] = x.length <= y.length ? [x, y] : [y, x];
  if (` ${longer} `.includes(` ${shorter} `)) return 0.95;
  return jaroWinkler(x.replaceAll(' ', ''), y.replaceAll(' ', ''));
}

/**
 * Whether two names may name the same city: `nameSimilarity` at or above
 * `NAME_SIMILARITY_THRESHOLD` (containment and equality always qualify).
 */
export function isSimilarCityName(a: string, b: string): boolean {
  return nameSimilarity(a, b) >= NAME_SIMILARITY_THRESHOLD;
}
