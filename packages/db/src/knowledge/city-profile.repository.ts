import type { Selectable } from 'kysely';
import type { Executor } from '../connection/connect';
import type { Database } from '../schema';

/** What knowledge features compare between cities. */
export type CityProfileRow = Pick<
  Selectable<Database['city']>,
  'id' | 'slug' | 'name' | 'country_iso3' | 'population' | 'stage'
>;

/** The profiles of some cities (unknown ids left out), or of every city in the programme. */
export async function listCityProfiles(
  db: Executor,
  filter: { ids?: readonly string[] | undefined; slug?: string | undefined; inProgramme?: boolean },
): Promise<CityProfileRow[]> {
  if (filter.ids?.length === 0) return [];
  let query = db
    .selectFrom('city')
    .select(['id', 'slug', 'name', 'country_iso3', 'population', 'stage']);
  if (filter.ids) query = query.where('id', 'in', [...filter.ids]);
  if (filter.slug !== undefined) query = query.where('slug', '=', filter.slug);
  if (filter.inProgramme) query = query.where('stage', '<>', 'none');
  return query.orderBy('slug').execute();
}

/** The projects that declare they replicate a case, with their city and status. */
export async function listReplications(
  db: Executor,
  caseIds: readonly string[],
): Promise<{ id: string; case_id: string; title: string; status: string; city_id: string }[]> {
  if (caseIds.length === 0) return [];
  const rows = await db
    .selectFrom('project')
    .select(['id', 'replicates_case_id', 'title', 'status', 'city_id'])
    .where('replicates_case_id', 'in', [...caseIds])
    .where('status', '<>', 'idea')
    .orderBy('created_at')
    .execute();
  return rows.map((r) => ({ ...r, case_id: r.replicates_case_id ?? '' }));
}
