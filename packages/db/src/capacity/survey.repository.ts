import { sql, type Insertable, type Selectable } from 'kysely';
import type { Executor } from '../connection/connect';
import type { Database } from '../schema';

export type SurveyRow = Selectable<Database['survey']>;
/** A survey's tally: answers and aware answers. */
export type SurveyTallyRow = SurveyRow & { responses: number; aware: number };

export async function insertSurvey(db: Executor, row: Insertable<Database['survey']>) {
  await db.insertInto('survey').values(row).execute();
}

export async function findSurvey(db: Executor, id: string): Promise<SurveyRow | undefined> {
  return db.selectFrom('survey').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Closes a survey (it takes no more answers); answers whether it was open. */
export async function closeSurvey(db: Executor, id: string): Promise<boolean> {
  const result = await db
    .updateTable('survey')
    .set({ closed: 1 })
    .where('id', '=', id)
    .where('closed', '=', 0)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Stores hashes of new invitation codes, unused. */
export async function insertCodeHashes(
  db: Executor,
  surveyId: string,
  hashes: readonly string[],
): Promise<void> {
  for (let i = 0; i < hashes.length; i += 500)
    await db
      .insertInto('survey_code')
      .values(
        hashes.slice(i, i + 500).map((code_hash) => ({ code_hash, survey_id: surveyId, used: 0 })),
      )
      .execute();
}

/**
 * Marks a code used if it belongs to the survey and is unused; answers whether it did. One
 * conditional update, so two requests with the same code cannot both succeed.
 */
export async function useCode(db: Executor, surveyId: string, codeHash: string): Promise<boolean> {
  const result = await db
    .updateTable('survey_code')
    .set({ used: 1 })
    .where('code_hash', '=', codeHash)
    .where('survey_id', '=', surveyId)
    .where('used', '=', 0)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Stores one anonymous answer sheet (no code, no time). */
export async function insertResponse(db: Executor, row: Insertable<Database['survey_response']>) {
  await db.insertInto('survey_response').values(row).execute();
}

/** Codes of a survey: how many, and how many used. */
export async function countCodes(
  db: Executor,
  surveyId: string,
): Promise<{ codes: number; used: number }> {
  const row = await db
    .selectFrom('survey_code')
    .select([sql<number>`count(*)`.as('codes'), sql<number>`coalesce(sum(used), 0)`.as('used')])
    .where('survey_id', '=', surveyId)
    .executeTakeFirst();
  return { codes: Number(row?.codes ?? 0), used: Number(row?.used ?? 0) };
}

/** Every survey of these cities (all when absent) with its tally of answers. */
export async function listSurveyTallies(
  db: Executor,
  cityIds?: readonly string[],
): Promise<SurveyTallyRow[]> {
  if (cityIds && cityIds.length === 0) return [];
  let q = db
    .selectFrom('survey')
    .leftJoin('survey_response', 'survey_response.survey_id', 'survey.id')
    .selectAll('survey')
    .select([
      sql<number>`count(survey_response.id)`.as('responses'),
      sql<number>`coalesce(sum(survey_response.aware), 0)`.as('aware'),
    ])
    .groupBy([
      'survey.id',
      'survey.city_id',
      'survey.round',
      'survey.title',
      'survey.opens_on',
      'survey.questionnaire',
      'survey.closed',
      'survey.created_at',
    ]);
  if (cityIds) q = q.where('survey.city_id', 'in', cityIds);
  const rows = await q.orderBy('survey.opens_on').execute();
  return rows.map((r) => ({ ...r, responses: Number(r.responses), aware: Number(r.aware) }));
}
