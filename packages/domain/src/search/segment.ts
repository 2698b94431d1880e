import { foldForSearch } from '../text/fold';

/** One word of a text: its folded form and where it sits in the original text. */
export interface WordSegment {
  /** Folded (lower case, accent-free) form, as indexed and queried. */
  readonly word: string;
  /** UTF-16 offset of the word in the original text. */
  readonly start: number;
  /** UTF-16 offset just after the word. */
  readonly end: number;
}

const segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(lang: string | undefined): Intl.Segmenter {
  const key = lang ?? '';
  let segmenter = segmenters.get(key);
  if (!segmenter) {
    // An unknown language tag falls back to the root locale, which still breaks Thai, Khmer,
    // Lao and Burmese by ICU's dictionaries: the script decides, not the tag.
    segmenter = new Intl.Segmenter(safeLocale(lang), { granularity: 'word' });
    segmenters.set(key, segmenter);
  }
  return segmenter;
}

function safeLocale(lang: string | undefined): string | undefined {
  if (!lang) return undefined;
  try {
    return Intl.getCanonicalLocales(lang)[0];
  } catch {
    return undefined;
  }
}

/**
 * The words of a text with their positions, by ICU's word segmentation (`Intl.Segmenter`),
 * which uses dictionaries for scripts written without spaces (Thai, Khmer, Lao, Burmese).
 * Punctuation and spaces are dropped; each word is folded with {@link foldForSearch}.
 */
export function segmentWithOffsets(text: string, lang?: string): WordSegment[] {
  const words: WordSegment[] = [];
  for (const s of segmenterFor(lang).segment(text)) {
    if (!s.isWordLike) continue;
    const word = foldForSearch(s.segment);
    if (word) words.push({ word, start: s.index, end: s.index + s.segment.length });
  }
  return words;
}

/**
 * The folded words of a text, in order: what the search index stores (joined by spaces) and
 * what a query is made of.
 * @example segmentWords('เมืองนี้ลดขยะ', 'th') // ['เมือง', 'นี้', 'ลด', 'ขยะ']
 * @example segmentWords('Đà Nẵng recycles') // ['da', 'nang', 'recycles']
 */
export function segmentWords(text: string, lang?: string): string[] {
  return segmentWithOffsets(text, lang).map((s) => s.word);
}

/** Pre-segmented text for a full-text engine: the folded words joined by single spaces. */
export function indexText(text: string, lang?: string): string {
  return segmentWords(text, lang).join(' ');
}

/**
 * Whether a word is written in Latin letters (English, Indonesian, Malay, Filipino, Vietnamese
 * once folded): the scripts where prefix and one-typo matching make sense.
 */
export function isLatinWord(word: string): boolean {
  return /^[a-z0-9]+$/.test(word) && /[a-z]/.test(word);
}
