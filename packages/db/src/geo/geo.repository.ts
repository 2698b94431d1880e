import { sql, type Insertable, type Selectable, type Updateable } from 'kysely';
import type { Executor } from '../connection/connect';
import type { Database } from '../schema';
import { likePattern } from '../query/like';

export type CountryRow = Omit<Selectable<Database['country']>, 'outline'> & { city_count: number };
export type OutlineRow = Pick<Selectable<Database['country']>, 'iso3' | 'name' | 'outline'>;
export type CityRow = Selectable<Database['city']> & { country_name: string };
export type CityPointRow = Pick<
  Selectable<Database['city']>,
  'slug' | 'name' | 'country_iso3' | 'latitude' | 'longitude' | 'population' | 'stage'
>;
export type NewCity = Insertable<Database['city']>;
export type NewCountry = Insertable<Database['country']>;

/** Every country with how many cities it has, by name. */
export async function listCountries(db: Executor): Promise<CountryRow[]> {
  return db
    .selectFrom('country')
    .select(['country.iso3', 'country.iso2', 'country.m49', 'country.name'])
    .select((eb) =>
      eb
        .selectFrom('city')
        .whereRef('city.country_iso3', '=', 'country.iso3')
        .select(eb.fn.countAll<number>().as('n'))
        .as('city_count'),
    )
    .orderBy('country.name')
    .execute() as Promise<CountryRow[]>;
}

/** Country outlines (GeoJSON text), optionally of one country. */
export async function listOutlines(db: Executor, iso3?: string): Promise<OutlineRow[]> {
  let query = db.selectFrom('country').select(['iso3', 'name', 'outline']).orderBy('name');
  if (iso3 !== undefined) query = query.where('iso3', '=', iso3);
  return query.execute();
}

/** Filters and order for {@link searchCities}. */
export interface CitySearchOptions {
  /** Matched anywhere in the name, ASCII name, province or country name (accent-free, lower case). */
  q?: string | undefined;
  country?: string | undefined;
  stage?: CityRow['stage'] | undefined;
  sort: 'population' | 'name';
  limit: number;
  offset: number;
}

/** A page of cities and the total that match. */
export async function searchCities(
  db: Executor,
  options: CitySearchOptions,
): Promise<{ rows: CityRow[]; total: number }> {
  let query = db.selectFrom('city').innerJoin('country', 'country.iso3', 'city.country_iso3');
  if (options.q)
    query = query.where(sql<boolean>`city.search_text like ${likePattern(options.q)} escape '\\'`);
  if (options.country) query = query.where('city.country_iso3', '=', options.country);
  if (options.stage) query = query.where('city.stage', '=', options.stage);
  let page = query.selectAll('city').select('country.name as country_name');
  page =
    options.sort === 'population'
      ? page
          .orderBy(sql`case when city.population is null then 1 else 0 end`)
          .orderBy('city.population', 'desc')
          .orderBy('city.slug')
      : page.orderBy('city.ascii_name').orderBy('city.slug');
  const [rows, count] = await Promise.all([
    page.limit(options.limit).offset(options.offset).execute(),
    query.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.total) };
}

/** One city by slug. */
export async function findCityBySlug(db: Executor, slug: string): Promise<CityRow | undefined> {
  return db
    .selectFrom('city')
    .innerJoin('country', 'country.iso3', 'city.country_iso3')
    .selectAll('city')
    .select('country.name as country_name')
    .where('city.slug', '=', slug)
    .executeTakeFirst();
}

/** The fields a map needs for every city, optionally of one country. */
export async function listCityPoints(db: Executor, country?: string): Promise<CityPointRow[]> {
  let query = db
    .selectFrom('city')
    .select(['slug', 'name', 'country_iso3', 'latitude', 'longitude', 'population', 'stage'])
    .orderBy('slug');
  if (country !== undefined) query = query.where('country_iso3', '=', country);
  return query.execute();
}

/** Inserts countries that are not there yet; existing rows are left as they are. */
export async function insertCountries(db: Executor, rows: readonly NewCountry[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('country')
    .values(rows)
    .onConflict((oc) => oc.column('iso3').doNothing())
    .execute();
}

/** Inserts cities whose slug is not there yet; existing cities (and their programme fields) are kept. */
export async function insertCities(db: Executor, rows: readonly NewCity[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 200) {
    await db
      .insertInto('city')
      .values(rows.slice(i, i + 200))
      .onConflict((oc) => oc.column('slug').doNothing())
      .execute();
  }
}

/** How many countries and cities there are. */
export async function countGeo(db: Executor): Promise<{ countries: number; cities: number }> {
  const countries = await db
    .selectFrom('country')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const cities = await db
    .selectFrom('city')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return { countries: Number(countries.n), cities: Number(cities.n) };
}

/** Id, slug, name and country of a city: what permissions and assignments refer to. */
export type CityRefRow = Pick<
  Selectable<Database['city']>,
  'id' | 'slug' | 'name' | 'country_iso3'
>;

/** The cities with these slugs (unknown slugs are left out). */
export async function listCityRefsBySlug(
  db: Executor,
  slugs: readonly string[],
): Promise<CityRefRow[]> {
  if (slugs.length === 0) return [];
  return db
    .selectFrom('city')
    .select(['id', 'slug', 'name', 'country_iso3'])
    .where('slug', 'in', slugs)
    .execute();
}

/** The programme fields a city's team and the secretariat edit. */
export type CityProgrammePatch = Pick<
  Updateable<Database['city']>,
  'stage' | 'cohort' | 'priority_goals' | 'updated_at'
>;

/** Writes programme fields of one city. */
export async function updateCityProgramme(
  db: Executor,
  id: string,
  patch: CityProgrammePatch,
): Promise<void> {
  await db.updateTable('city').set(patch).where('id', '=', id).execute();
}
