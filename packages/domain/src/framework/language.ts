/**
 * The languages the product is offered in: English, Khmer, Lao and Burmese (BCP 47 primary
 * subtags). English is the source language; the others fall back to English per field.
 */
export const SUPPORTED_LANGUAGES = ['en', 'km', 'lo', 'my'] as const;

/** One of the product languages, as a BCP 47 primary subtag. */
export type Language = (typeof SUPPORTED_LANGUAGES)[number];

/** The language used when nothing better is requested or accepted. */
export const DEFAULT_LANGUAGE: Language = 'en';

/**
 * A text in several languages: language → text. Only languages that have a text are present;
 * a missing language falls back to English when read (see `pickLocalised`).
 */
export type LocalisedTitles = Readonly<Partial<Record<Language, string>>>;

/**
 * Whether a string is one of the product languages.
 * @example isLanguage('km') // true
 */
export function isLanguage(value: string): value is Language {
  return (SUPPORTED_LANGUAGES as readonly string[]).includes(value);
}

/** Maps a language tag such as `km-KH` or `EN_us` to a product language, if any. */
function toLanguage(tag: string): Language | undefined {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return isLanguage(primary) ? primary : undefined;
}

interface WeightedTag {
  readonly tag: string;
  /** Quality value, 0–1; 0 means "not acceptable". */
  readonly q: number;
  readonly position: number;
}

/** Parses an Accept-Language header into tags ordered by quality, then by position. */
function parseAcceptLanguage(header: string): readonly WeightedTag[] {
  const tags = header.split(',').map((part, position): WeightedTag => {
    const [tag = '', ...params] = part.split(';');
    const qParam = params.map((p) => p.trim()).find((p) => p.toLowerCase().startsWith('q='));
    const q = qParam === undefined ? 1 : Number(qParam.slice(2));
    return { tag: tag.trim(), q: Number.isFinite(q) ? q : 0, position };
  });
  return tags
    .filter((t) => t.tag !== '' && t.q > 0)
    .sort((a, b) => b.q - a.q || a.position - b.position);
}

/**
 * Chooses the language of a response: an explicitly requested language (a `lang` query
 * parameter, a user setting) wins when supported; otherwise the best supported language of the
 * Accept-Language header (q-values honoured, `q=0` excluded); otherwise English.
 * @example resolveLanguage(undefined, 'fr;q=0.9, km-KH;q=0.8, en;q=0.5') // 'km'
 */
export function resolveLanguage(
  requested: string | undefined,
  acceptLanguage: string | undefined,
): Language {
  const explicit = requested === undefined ? undefined : toLanguage(requested);
  if (explicit !== undefined) return explicit;
  for (const { tag } of parseAcceptLanguage(acceptLanguage ?? '')) {
    const language = toLanguage(tag);
    if (language !== undefined) return language;
  }
  return DEFAULT_LANGUAGE;
}

/**
 * Reads one field in a language, falling back to English when that language has no text.
 * @example pickLocalised({ km: 'គ្មានភាពក្រីក្រ' }, 'lo', 'No Poverty') // 'No Poverty'
 */
export function pickLocalised(
  titles: LocalisedTitles | undefined,
  language: Language,
  english: string,
): string {
  return titles?.[language] ?? english;
}
