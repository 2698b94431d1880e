import { frameworkRepository as repo, type Executor } from '@frontrunner/db';

/** Looks up a translated field, falling back to the English text given. */
export type Translate = (key: string, field: 'title' | 'short', english: string) => string;

/**
 * Loads the translations of one kind of framework entity into `lang` and returns a lookup
 * that falls back to English field by field.
 */
export async function translator(
  db: Executor,
  entity: 'goal' | 'target' | 'indicator',
  lang: string,
  keys?: readonly string[],
): Promise<Translate> {
  if (lang === 'en') return (_key, _field, english) => english;
  const rows = await repo.listTranslations(db, { entity, lang, keys });
  const texts = new Map(rows.map((r) => [`${r.entity_key}\u0000${r.field}`, r.text]));
  return (key, field, english) => texts.get(`${key}\u0000${field}`) ?? english;
}
