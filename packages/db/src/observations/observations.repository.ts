import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Executor } from '../connection/connect';
import type { Database } from '../schema';

export type ObservationRow = Selectable<Database['observation']>;
export type NewObservation = Insertable<Database['observation']>;
export type ObservationVersionRow = Selectable<Database['observation_version']>;
export type NewObservationVersion = Insertable<Database['observation_version']>;

/** The value a reader sees: either the working version or the last approved one. */
export type ObservationValueRow = Omit<ObservationRow, 'deleted' | 'updated_by'>;

/** Which values to read. */
export interface ObservationFilter {
  areaKeys?: readonly string[] | undefined;
  seriesIds?: readonly string[] | undefined;
  year?: number | undefined;
  status?: ObservationRow['status'] | undefined;
  /** `public`: last approved versions that are not deleted; `working`: the current versions. */
  view: 'public' | 'working';
  /** Include values marked deleted (working view only). */
  includeDeleted?: boolean;
  limit?: number | undefined;
  offset?: number | undefined;
}

/** Values of areas and series, in series, year and disaggregation order. */
export async function listObservationValues(
  db: Executor,
  filter: ObservationFilter,
): Promise<ObservationValueRow[]> {
  if (filter.areaKeys?.length === 0 || filter.seriesIds?.length === 0) return [];
  let query =
    filter.view === 'public'
      ? db
          .selectFrom('observation as o')
          .innerJoin('observation_version as v', (join) =>
            join
              .onRef('v.observation_id', '=', 'o.id')
              .onRef('v.version', '=', 'o.approved_version'),
          )
          .where('v.deleted', '=', 0)
          .select([
            'o.id',
            'o.area_key',
            'o.city_id',
            'o.country_iso3',
            'o.series_id',
            'o.year',
            'o.disaggregation_key',
            'v.value',
            'v.estimated',
            'v.provisional',
            'v.break_in_series',
            'v.footnote',
            'v.source',
            'v.nature',
            'v.status',
            'v.version',
            'o.approved_version',
            'v.changed_at as updated_at',
          ])
      : db
          .selectFrom('observation as o')
          .$if(!filter.includeDeleted, (q) => q.where('o.deleted', '=', 0))
          .select([
            'o.id',
            'o.area_key',
            'o.city_id',
            'o.country_iso3',
            'o.series_id',
            'o.year',
            'o.disaggregation_key',
            'o.value',
            'o.estimated',
            'o.provisional',
            'o.break_in_series',
            'o.footnote',
            'o.source',
            'o.nature',
            'o.status',
            'o.version',
            'o.approved_version',
            'o.updated_at',
          ]);
  if (filter.areaKeys) query = query.where('o.area_key', 'in', filter.areaKeys);
  if (filter.seriesIds) query = query.where('o.series_id', 'in', filter.seriesIds);
  if (filter.year !== undefined) query = query.where('o.year', '=', filter.year);
  if (filter.status) query = query.where('o.status', '=', filter.status);
  query = query
    .orderBy('o.series_id')
    .orderBy('o.year')
    .orderBy('o.disaggregation_key')
    .orderBy('o.area_key');
  if (filter.limit !== undefined) query = query.limit(filter.limit).offset(filter.offset ?? 0);
  return query.execute() as Promise<ObservationValueRow[]>;
}

/** The slots of one area that exist among the given series, for matching an import batch. */
export async function listSlots(
  db: Executor,
  areaKey: string,
  seriesIds: readonly string[],
  years: readonly number[],
): Promise<ObservationRow[]> {
  if (seriesIds.length === 0 || years.length === 0) return [];
  return db
    .selectFrom('observation')
    .selectAll()
    .where('area_key', '=', areaKey)
    .where('series_id', 'in', seriesIds)
    .where('year', 'in', years)
    .execute();
}

/** One observation by id. */
export async function findObservation(
  db: Executor,
  id: string,
): Promise<ObservationRow | undefined> {
  return db.selectFrom('observation').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Observations by id. */
export async function listObservationsById(
  db: Executor,
  ids: readonly string[],
): Promise<ObservationRow[]> {
  if (ids.length === 0) return [];
  const out: ObservationRow[] = [];
  for (let i = 0; i < ids.length; i += 500) {
    out.push(
      ...(await db
        .selectFrom('observation')
        .selectAll()
        .where('id', 'in', ids.slice(i, i + 500))
        .execute()),
    );
  }
  return out;
}

/** Inserts new slots (with their first version, inserted separately). */
export async function insertObservations(
  db: Executor,
  rows: readonly NewObservation[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += 100)
    await db
      .insertInto('observation')
      .values(rows.slice(i, i + 100))
      .execute();
}

/**
 * Inserts slots that are not there yet, in large batches, and returns the ids actually
 * inserted: a slot that exists (written by a user, or by another server seeding at the same
 * time) is left as it is, and its versions belong to whoever wrote it. For bulk seeding.
 * @param batchSize rows per statement; 1,000 × 20 columns stays under both engines' limits on
 *   bound parameters (SQLite 32,766, PostgreSQL 65,535)
 */
export async function insertObservationsIfAbsent(
  db: Executor,
  rows: readonly NewObservation[],
  batchSize = 1000,
): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < rows.length; i += batchSize) {
    const inserted = await db
      .insertInto('observation')
      .values(rows.slice(i, i + batchSize))
      .onConflict((oc) => oc.doNothing())
      .returning('id')
      .execute();
    for (const row of inserted) ids.push(row.id);
  }
  return ids;
}

/**
 * Appends versions to the history. History rows are never updated or deleted.
 * @param batchSize rows per statement (bulk seeding uses 1,000)
 */
export async function insertVersions(
  db: Executor,
  rows: readonly NewObservationVersion[],
  batchSize = 100,
): Promise<void> {
  for (let i = 0; i < rows.length; i += batchSize) {
    await db
      .insertInto('observation_version')
      .values(rows.slice(i, i + batchSize))
      .execute();
  }
}

/** Moves a slot to a new working version. */
export async function updateObservation(
  db: Executor,
  id: string,
  patch: Updateable<Database['observation']>,
): Promise<void> {
  await db.updateTable('observation').set(patch).where('id', '=', id).execute();
}

/** Every version of one observation, oldest first. */
export async function listVersions(
  db: Executor,
  observationId: string,
): Promise<ObservationVersionRow[]> {
  return db
    .selectFrom('observation_version')
    .selectAll()
    .where('observation_id', '=', observationId)
    .orderBy('version')
    .execute();
}

/** Submitted values awaiting review, of some cities or all, oldest first. */
export async function listSubmitted(
  db: Executor,
  filter: { cityIds?: readonly string[] | undefined; limit: number; offset: number },
): Promise<{ rows: ObservationRow[]; total: number }> {
  let query = db
    .selectFrom('observation')
    .where('status', '=', 'submitted')
    .where('city_id', 'is not', null);
  if (filter.cityIds) {
    if (filter.cityIds.length === 0) return { rows: [], total: 0 };
    query = query.where('city_id', 'in', filter.cityIds);
  }
  const [rows, count] = await Promise.all([
    query
      .selectAll()
      .orderBy('updated_at')
      .orderBy('id')
      .limit(filter.limit)
      .offset(filter.offset)
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/** The versions at the given (observation, version) pairs, in one query per 500 pairs. */
export async function listVersionsAt(
  db: Executor,
  pairs: readonly { observationId: string; version: number }[],
): Promise<ObservationVersionRow[]> {
  const out: ObservationVersionRow[] = [];
  for (let i = 0; i < pairs.length; i += 500) {
    const chunk = pairs.slice(i, i + 500);
    out.push(
      ...(await db
        .selectFrom('observation_version')
        .selectAll()
        .where((eb) =>
          eb.or(
            chunk.map((p) =>
              eb.and([eb('observation_id', '=', p.observationId), eb('version', '=', p.version)]),
            ),
          ),
        )
        .execute()),
    );
  }
  return out;
}
