import { searchRepository, type Executor } from '@frontrunner/db';
import { citySizeClass, indexText } from '@frontrunner/domain';
import { randomUUID } from 'node:crypto';
import { searchableBody, type CaseView } from './case-view';

/**
 * Puts a case in the search index, one document per language, when it is published; takes it
 * out otherwise (the index is public). Call in the transaction that changed the case.
 */
export async function reindexCase(
  trx: Executor,
  view: CaseView,
  population: number | null,
  at: Date,
): Promise<void> {
  if (view.status !== 'published') {
    await searchRepository.replaceSearchDocuments(trx, 'case', view.id, []);
    return;
  }
  const size = citySizeClass(population) ?? null;
  const documents = view.texts.map((text) => {
    const body = searchableBody(text);
    return {
      document: {
        id: randomUUID(),
        kind: 'case' as const,
        ref_id: view.id,
        lang: text.lang,
        title: text.title,
        body,
        title_words: indexText(text.title, text.lang),
        body_words: indexText(body, text.lang),
        path: `/cases/${view.id}`,
        city_id: view.city.id,
        country_iso3: view.city.country,
        goals: JSON.stringify(view.goals),
        theme: view.theme,
        dimensions: JSON.stringify(view.dimensions),
        city_size_class: size,
        updated_at: at.toISOString(),
      },
      facets: {
        kind: ['case'],
        country: [view.city.country],
        goal: view.goals.map(String),
        theme: view.theme ? [view.theme] : [],
        dimension: view.dimensions,
        city_size: size ? [size] : [],
      },
    };
  });
  await searchRepository.replaceSearchDocuments(trx, 'case', view.id, documents);
}
