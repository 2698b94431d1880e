import type { Selectable } from 'kysely';
import type { Executor } from '../connection/connect';
import type { Database } from '../schema';

/** Id, slug, name and country of a city. */
export type CityRef = Pick<Selectable<Database['city']>, 'id' | 'slug' | 'name' | 'country_iso3'>;

/** The cities with these ids (unknown ids are left out). */
export async function listCityRefsById(db: Executor, ids: readonly string[]): Promise<CityRef[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('city')
    .select(['id', 'slug', 'name', 'country_iso3'])
    .where('id', 'in', ids)
    .execute();
}

/** Every city of a country. */
export async function listCityRefsByCountry(db: Executor, iso3: string): Promise<CityRef[]> {
  return db
    .selectFrom('city')
    .select(['id', 'slug', 'name', 'country_iso3'])
    .where('country_iso3', '=', iso3)
    .orderBy('slug')
    .execute();
}
