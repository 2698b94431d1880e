import { citySizeClass, indexText } from '@frontrunner/domain';
import { randomUUID } from 'node:crypto';
import type { Executor } from '../connection/connect';
import { insertSearchDocuments, type IndexedDocument } from './search.repository';

/** How many documents {@link indexReferenceData} added. */
export interface ReferenceIndexResult {
  readonly cities: number;
  readonly indicators: number;
}

/**
 * Adds to the search index every city and every global indicator that is not in it yet:
 * a city once (its name as written, with its ASCII name, province and country as body), an
 * indicator once per language its title exists in. Idempotent.
 */
export async function indexReferenceData(db: Executor, at: Date): Promise<ReferenceIndexResult> {
  const cities = await db
    .selectFrom('city')
    .innerJoin('country', 'country.iso3', 'city.country_iso3')
    .leftJoin('search_document as d', (j) =>
      j.onRef('d.ref_id', '=', 'city.id').on('d.kind', '=', 'city'),
    )
    .where('d.id', 'is', null)
    .select([
      'city.id',
      'city.slug',
      'city.name',
      'city.ascii_name',
      'city.province',
      'city.country_iso3',
      'city.population',
      'city.priority_goals',
      'country.name as country_name',
    ])
    .execute();
  const cityDocuments: IndexedDocument[] = cities.map((c) => {
    const body = [c.ascii_name, c.province, c.country_name].filter(Boolean).join(', ');
    const size = citySizeClass(c.population);
    const goals = JSON.parse(c.priority_goals) as number[];
    return {
      document: {
        id: randomUUID(),
        kind: 'city',
        ref_id: c.id,
        lang: 'und',
        title: c.name,
        body,
        title_words: indexText(c.name),
        body_words: indexText(body),
        path: `/cities/${c.slug}`,
        city_id: c.id,
        country_iso3: c.country_iso3,
        goals: JSON.stringify(goals),
        theme: null,
        dimensions: '[]',
        city_size_class: size ?? null,
        updated_at: at.toISOString(),
      },
      facets: {
        kind: ['city'],
        country: [c.country_iso3],
        goal: goals.map(String),
        city_size: size ? [size] : [],
      },
    };
  });
  await insertSearchDocuments(db, cityDocuments);
  const indicatorDocuments = await indicatorDocumentsToAdd(db, at);
  await insertSearchDocuments(db, indicatorDocuments);
  return { cities: cityDocuments.length, indicators: indicatorDocuments.length };
}

async function indicatorDocumentsToAdd(db: Executor, at: Date): Promise<IndexedDocument[]> {
  const indexed = await db
    .selectFrom('search_document')
    .select('ref_id')
    .where('kind', '=', 'indicator')
    .limit(1)
    .execute();
  if (indexed.length > 0) return [];
  const indicators = await db.selectFrom('indicator').select(['id', 'code', 'title']).execute();
  const translations = await db
    .selectFrom('translation')
    .select(['entity_key', 'lang', 'text'])
    .where('entity', '=', 'indicator')
    .where('field', '=', 'title')
    .execute();
  const byIndicator = new Map<string, { lang: string; text: string }[]>();
  for (const t of translations)
    byIndicator.set(t.entity_key, [...(byIndicator.get(t.entity_key) ?? []), t]);
  return indicators.flatMap((i) => {
    const goal = Number(i.code.split('.')[0]);
    const versions = [{ lang: 'en', text: i.title }, ...(byIndicator.get(i.id) ?? [])];
    return versions.map(({ lang, text }) => ({
      document: {
        id: randomUUID(),
        kind: 'indicator' as const,
        ref_id: i.code,
        lang,
        title: `${i.code} ${text}`,
        body: '',
        title_words: indexText(`${i.code} ${text}`, lang),
        body_words: '',
        path: `/goals/${goal}#${i.code}`,
        city_id: null,
        country_iso3: null,
        goals: JSON.stringify([goal]),
        theme: null,
        dimensions: '[]',
        city_size_class: null,
        updated_at: at.toISOString(),
      },
      facets: { kind: ['indicator'], goal: [String(goal)] },
    }));
  });
}
