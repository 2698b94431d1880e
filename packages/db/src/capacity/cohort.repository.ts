import type { Insertable, Selectable } from 'kysely';
import type { Executor } from '../connection/connect';
import type { Database } from '../schema';

export type CohortRow = Selectable<Database['cohort']>;
export type NewCohort = Insertable<Database['cohort']>;
/** A city of a cohort, with its stage. */
export type CohortCityRow = Pick<
  Selectable<Database['city']>,
  'id' | 'slug' | 'name' | 'stage' | 'cohort' | 'country_iso3'
>;

/** Every cohort, newest year first. */
export async function listCohorts(db: Executor): Promise<CohortRow[]> {
  return db.selectFrom('cohort').selectAll().orderBy('year', 'desc').orderBy('name').execute();
}

/** One cohort by id. */
export async function findCohort(db: Executor, id: string): Promise<CohortRow | undefined> {
  return db.selectFrom('cohort').selectAll().where('id', '=', id).executeTakeFirst();
}

/** One cohort by its (unique) name. */
export async function findCohortByName(db: Executor, name: string): Promise<CohortRow | undefined> {
  return db.selectFrom('cohort').selectAll().where('name', '=', name).executeTakeFirst();
}

export async function insertCohort(db: Executor, row: NewCohort): Promise<void> {
  await db.insertInto('cohort').values(row).execute();
}

/** The cities whose `cohort` is one of these names. */
export async function listCohortCities(
  db: Executor,
  names: readonly string[],
): Promise<CohortCityRow[]> {
  if (names.length === 0) return [];
  return db
    .selectFrom('city')
    .select(['id', 'slug', 'name', 'stage', 'cohort', 'country_iso3'])
    .where('cohort', 'in', names)
    .orderBy('name')
    .execute();
}
