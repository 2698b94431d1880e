import type { Insertable, Selectable } from 'kysely';
import type { Executor } from '../connection/connect';
import type { Database } from '../schema';
import { keyChunks } from '../query/chunks';

export type UnitScoreRow = Selectable<Database['unit_score']>;
export type GoalScoreRow = Selectable<Database['goal_score']>;
export type IndicatorScoreRow = Selectable<Database['indicator_score']>;
export type NewUnitScore = Insertable<Database['unit_score']>;
export type NewGoalScore = Insertable<Database['goal_score']>;
export type NewIndicatorScore = Insertable<Database['indicator_score']>;

/**
 * The newest stored scores of units under a codebook version (one row a unit), of some units or
 * of every unit of a kind.
 */
export async function listUnitScores(
  db: Executor,
  filter: {
    codebookVersionId: string;
    unitKeys?: readonly string[] | undefined;
    unitKind?: UnitScoreRow['unit_kind'] | undefined;
    /** ISO3: units of one country (its cities and its roll-up). */
    country?: string | undefined;
  },
): Promise<UnitScoreRow[]> {
  if (filter.unitKeys?.length === 0) return [];
  const rows: UnitScoreRow[] = [];
  for (const keys of keyChunks(filter.unitKeys)) {
    let query = db
      .selectFrom('unit_score')
      .selectAll()
      .where('codebook_version_id', '=', filter.codebookVersionId);
    if (keys) query = query.where('unit_key', 'in', keys);
    if (filter.unitKind) query = query.where('unit_kind', '=', filter.unitKind);
    if (filter.country) query = query.where('country_iso3', '=', filter.country);
    rows.push(...(await query.orderBy('unit_key').orderBy('computed_at', 'desc').execute()));
  }
  const newest = new Map<string, UnitScoreRow>();
  for (const row of rows) if (!newest.has(row.unit_key)) newest.set(row.unit_key, row);
  return [...newest.values()];
}

/** The goal rows of stored unit scores, by unit score, then goal. */
export async function listGoalScores(
  db: Executor,
  unitScoreIds: readonly string[],
): Promise<GoalScoreRow[]> {
  const out: GoalScoreRow[] = [];
  for (const ids of keyChunks(unitScoreIds)) {
    if (!ids || ids.length === 0) continue;
    out.push(
      ...(await db
        .selectFrom('goal_score')
        .selectAll()
        .where('unit_score_id', 'in', ids)
        .orderBy('unit_score_id')
        .orderBy('goal')
        .execute()),
    );
  }
  return out;
}

/** The indicator rows of one stored unit score, in codebook order. */
export async function listIndicatorScores(
  db: Executor,
  unitScoreId: string,
): Promise<IndicatorScoreRow[]> {
  return db
    .selectFrom('indicator_score')
    .selectAll()
    .where('unit_score_id', '=', unitScoreId)
    .orderBy('position')
    .execute();
}

/**
 * Stores a unit's scores and removes its older rows under the same codebook version. A unit,
 * version and fingerprint stored already (by another server computing the same thing) is left
 * as it is: the result is the same. Returns whether anything was written.
 */
export async function storeUnitScore(
  db: Executor,
  score: {
    unit: NewUnitScore & { id: string };
    goals: readonly NewGoalScore[];
    indicators: readonly NewIndicatorScore[];
  },
): Promise<boolean> {
  const inserted = await db
    .insertInto('unit_score')
    .values(score.unit)
    .onConflict((oc) => oc.columns(['unit_key', 'codebook_version_id', 'fingerprint']).doNothing())
    .returning('id')
    .execute();
  if (inserted.length === 0) return false;
  if (score.goals.length > 0)
    await db
      .insertInto('goal_score')
      .values([...score.goals])
      .execute();
  for (let i = 0; i < score.indicators.length; i += 200)
    await db
      .insertInto('indicator_score')
      .values(score.indicators.slice(i, i + 200))
      .execute();
  const older = db
    .selectFrom('unit_score')
    .select('id')
    .where('unit_key', '=', score.unit.unit_key)
    .where('codebook_version_id', '=', score.unit.codebook_version_id)
    .where('id', '!=', score.unit.id);
  await db.deleteFrom('indicator_score').where('unit_score_id', 'in', older).execute();
  await db.deleteFrom('goal_score').where('unit_score_id', 'in', older).execute();
  await db
    .deleteFrom('unit_score')
    .where('unit_key', '=', score.unit.unit_key)
    .where('codebook_version_id', '=', score.unit.codebook_version_id)
    .where('id', '!=', score.unit.id)
    .execute();
  return true;
}
