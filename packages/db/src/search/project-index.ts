import { citySizeClass, indexText } from '@frontrunner/domain';
import { randomUUID } from 'node:crypto';
import type { Executor } from '../connection/connect';
import { replaceSearchDocuments } from './search.repository';

/**
 * Brings the project documents of the search index up to date: indexes projects past the idea
 * stage that are missing or changed since (by `updated_at`), removes those that went back to
 * ideas or were deleted. Called before a search, so that the projects feature needs no hook.
 * @returns how many projects were (re)indexed or removed
 */
export async function syncProjectDocuments(db: Executor): Promise<number> {
  const stale = await db
    .selectFrom('project as p')
    .innerJoin('city as c', 'c.id', 'p.city_id')
    .leftJoin('search_document as d', (j) =>
      j.onRef('d.ref_id', '=', 'p.id').on('d.kind', '=', 'project'),
    )
    .where('p.status', '<>', 'idea')
    .where((eb) => eb.or([eb('d.id', 'is', null), eb('d.updated_at', '<', eb.ref('p.updated_at'))]))
    .select([
      'p.id',
      'p.title',
      'p.summary',
      'p.description',
      'p.themes',
      'p.updated_at',
      'c.id as city_id',
      'c.slug',
      'c.country_iso3',
      'c.population',
    ])
    .execute();
  const gone = await db
    .selectFrom('search_document as d')
    .leftJoin('project as p', 'p.id', 'd.ref_id')
    .where('d.kind', '=', 'project')
    .where((eb) => eb.or([eb('p.id', 'is', null), eb('p.status', '=', 'idea')]))
    .select('d.ref_id')
    .execute();
  for (const { ref_id } of gone) await replaceSearchDocuments(db, 'project', ref_id, []);
  for (const p of stale) {
    const goals = await db
      .selectFrom('benefit_claim as b')
      .innerJoin('target as t', 't.code', 'b.target_code')
      .where('b.project_id', '=', p.id)
      .where('b.kind', '<>', 'trade_off')
      .select('t.goal')
      .distinct()
      .execute();
    const goalList = goals.map((g) => Number(g.goal)).sort((a, b) => a - b);
    const themes = JSON.parse(p.themes) as string[];
    const body = [p.summary, p.description].filter(Boolean).join('\n');
    const size = citySizeClass(p.population === null ? null : Number(p.population)) ?? null;
    await replaceSearchDocuments(db, 'project', p.id, [
      {
        document: {
          id: randomUUID(),
          kind: 'project',
          ref_id: p.id,
          lang: 'und',
          title: p.title,
          body,
          title_words: indexText(p.title),
          body_words: indexText(body),
          path: `/projects/${p.id}`,
          city_id: p.city_id,
          country_iso3: p.country_iso3,
          goals: JSON.stringify(goalList),
          theme: themes[0] ?? null,
          dimensions: '[]',
          city_size_class: size,
          updated_at: p.updated_at,
        },
        facets: {
          kind: ['project'],
          country: [p.country_iso3],
          goal: goalList.map(String),
          theme: themes,
          city_size: size ? [size] : [],
        },
      },
    ]);
  }
  return stale.length + gone.length;
}
