import type { Insertable, Selectable } from 'kysely';
import type { Executor } from '../connection/connect';
import type { Database } from '../schema';

export type CityTargetRow = Selectable<Database['city_target']>;
export type NewCityTarget = Insertable<Database['city_target']>;

/** A city's targets, optionally of some series. */
export async function listCityTargets(
  db: Executor,
  cityId: string,
  seriesIds?: readonly string[],
): Promise<CityTargetRow[]> {
  let query = db.selectFrom('city_target').selectAll().where('city_id', '=', cityId);
  if (seriesIds) {
    if (seriesIds.length === 0) return [];
    query = query.where('series_id', 'in', seriesIds);
  }
  return query.orderBy('series_id').orderBy('disaggregation_key').execute();
}

/** One target of a city for a series and disaggregation. */
export async function findCityTarget(
  db: Executor,
  key: { cityId: string; seriesId: string; disaggregationKey: string },
): Promise<CityTargetRow | undefined> {
  return db
    .selectFrom('city_target')
    .selectAll()
    .where('city_id', '=', key.cityId)
    .where('series_id', '=', key.seriesId)
    .where('disaggregation_key', '=', key.disaggregationKey)
    .executeTakeFirst();
}

/** Sets a city's target for a series: inserts it, or replaces the values of the existing one. */
export async function upsertCityTarget(db: Executor, row: NewCityTarget): Promise<void> {
  await db
    .insertInto('city_target')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['city_id', 'series_id', 'disaggregation_key']).doUpdateSet({
        target_value: row.target_value,
        target_year: row.target_year,
        baseline_value: row.baseline_value ?? null,
        baseline_year: row.baseline_year ?? null,
        note: row.note ?? null,
        updated_at: row.updated_at,
        updated_by: row.updated_by,
      }),
    )
    .execute();
}

/** Removes a city's target. Targets are plans, not observations: the audit trail keeps the old one. */
export async function deleteCityTarget(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('city_target').where('id', '=', id).execute();
}
