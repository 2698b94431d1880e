import type { QueryTerm } from './query';
import { termMatches } from './query';
import { segmentWithOffsets } from './segment';

/** A piece of displayed text; `match` marks a word that matched the query. */
export interface TextFragment {
  readonly text: string;
  readonly match: boolean;
}

/** Why a text matched: the words it contains that matched, and a short passage around them. */
export interface MatchExplanation {
  /** The matching words as written in the text (not folded), each once, in order. */
  readonly words: readonly string[];
  /** The query words that found something here (folded). */
  readonly terms: readonly string[];
  /** A passage of the text with the matching words marked; empty when nothing matched. */
  readonly snippet: readonly TextFragment[];
}

/** Options of {@link explainMatch}. */
export interface ExplainOptions {
  readonly lang?: string | undefined;
  /** Words of context kept before the first match and after the last one shown. */
  readonly context?: number;
  /** The most words of the text a snippet spans. */
  readonly maxWords?: number;
}

/**
 * Explains a match: re-segments the original text the way it was indexed, marks the words
 * any query term matches (exactly, as a prefix, or as a typo variant) and cuts a passage
 * around the first of them. The text keeps its spaces, punctuation and accents.
 * @example explainMatch('Waste banks in Surabaya', [{ word: 'bank', prefix: true, variants: [] }]).words // ['banks']
 */
export function explainMatch(
  text: string,
  terms: readonly QueryTerm[],
  { lang, context = 8, maxWords = 30 }: ExplainOptions = {},
): MatchExplanation {
  const segments = segmentWithOffsets(text, lang);
  const hits: number[] = [];
  const words: string[] = [];
  const found = new Set<string>();
  segments.forEach((s, i) => {
    const term = terms.find((t) => termMatches(t, s.word));
    if (!term) return;
    hits.push(i);
    found.add(term.word);
    const original = text.slice(s.start, s.end);
    if (!words.includes(original)) words.push(original);
  });
  const first = hits[0];
  if (first === undefined) return { words: [], terms: [], snippet: [] };
  const from = Math.max(0, first - context);
  const to = Math.min(segments.length - 1, from + maxWords - 1);
  const hitSet = new Set(hits);
  const snippet: TextFragment[] = [];
  const startAt = from === 0 ? 0 : (segments[from]?.start ?? 0);
  let cursor = startAt;
  for (let i = from; i <= to; i++) {
    const s = segments[i];
    if (!s || !hitSet.has(i)) continue;
    if (s.start > cursor) snippet.push({ text: text.slice(cursor, s.start), match: false });
    snippet.push({ text: text.slice(s.start, s.end), match: true });
    cursor = s.end;
  }
  const endAt = to === segments.length - 1 ? text.length : (segments[to]?.end ?? text.length);
  if (endAt > cursor) snippet.push({ text: text.slice(cursor, endAt), match: false });
  return {
    words,
    terms: terms.filter((t) => found.has(t.word)).map((t) => t.word),
    snippet: [
      ...(startAt > 0 ? [{ text: '… ', match: false }] : []),
      ...snippet,
      ...(endAt < text.length ? [{ text: ' …', match: false }] : []),
    ],
  };
}
