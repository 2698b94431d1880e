import type { Insertable, Selectable, Updateable } from 'kysely';
import { sql } from 'kysely';
import type { Executor } from '../connection/connect';
import type { Database } from '../schema';
import { likePattern } from '../query/like';

export type SeriesRow = Selectable<Database['series']>;
export type NewSeries = Insertable<Database['series']>;

/** One series by its code. */
export async function findSeriesByCode(db: Executor, code: string): Promise<SeriesRow | undefined> {
  return db.selectFrom('series').selectAll().where('code', '=', code).executeTakeFirst();
}

/** Series by id. */
export async function listSeriesById(db: Executor, ids: readonly string[]): Promise<SeriesRow[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('series').selectAll().where('id', 'in', ids).execute();
}

/** Series of some indicators (UNSD ids), or all, optionally matching text, by code. */
export async function listSeries(
  db: Executor,
  filter: {
    indicatorIds?: readonly string[] | undefined;
    q?: string | undefined;
    limit?: number;
    offset?: number;
  } = {},
): Promise<{ rows: SeriesRow[]; total: number }> {
  let query = db.selectFrom('series');
  if (filter.indicatorIds !== undefined) {
    if (filter.indicatorIds.length === 0) return { rows: [], total: 0 };
    query = query.where('indicator_id', 'in', filter.indicatorIds);
  }
  if (filter.q) {
    const pattern = likePattern(filter.q.toLowerCase());
    query = query.where((eb) =>
      eb.or([
        sql<boolean>`lower(series.code) like ${pattern} escape '\\'`,
        sql<boolean>`lower(series.name) like ${pattern} escape '\\'`,
      ]),
    );
  }
  const [rows, count] = await Promise.all([
    query
      .selectAll()
      .orderBy('code')
      .limit(filter.limit ?? 1000)
      .offset(filter.offset ?? 0)
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/** Every series code → id with its unit, for matching import rows in memory. */
export async function listSeriesKeys(
  db: Executor,
): Promise<Pick<SeriesRow, 'id' | 'code' | 'unit' | 'indicator_id'>[]> {
  return db.selectFrom('series').select(['id', 'code', 'unit', 'indicator_id']).execute();
}

/** Inserts series whose code is not there yet. */
export async function insertSeries(db: Executor, rows: readonly NewSeries[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 200) {
    await db
      .insertInto('series')
      .values(rows.slice(i, i + 200))
      .onConflict((oc) => oc.column('code').doNothing())
      .execute();
  }
}

/** Changes a series' descriptive fields. */
export async function updateSeries(
  db: Executor,
  id: string,
  patch: Updateable<Database['series']>,
): Promise<void> {
  await db.updateTable('series').set(patch).where('id', '=', id).execute();
}

/** Every indicator number (under any target) and UNSD id → the indicator's id. */
export async function listIndicatorCodes(db: Executor): Promise<Map<string, string>> {
  const listings = await db
    .selectFrom('indicator_target')
    .select(['code', 'indicator_id'])
    .execute();
  const map = new Map(listings.map((l) => [l.code, l.indicator_id]));
  for (const l of listings) map.set(l.indicator_id, l.indicator_id);
  return map;
}

/** Each indicator's id → its first listed number (e.g. `C200303` → `1.5.1`). */
export async function listIndicatorFirstCodes(db: Executor): Promise<Map<string, string>> {
  const rows = await db.selectFrom('indicator').select(['id', 'code']).execute();
  return new Map(rows.map((r) => [r.id, r.code]));
}
