import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Executor } from '../connection/connect';
import type { Database } from '../schema';

export type RubricVersionRow = Selectable<Database['rubric_version']>;
export type AssessmentRow = Selectable<Database['graduation_assessment']>;
export type CompetencyAssessmentRow = Selectable<Database['competency_assessment']>;
export type CertificateRow = Selectable<Database['certificate']>;

/** The newest rubric version, if any was stored. */
export async function findLatestRubric(db: Executor): Promise<RubricVersionRow | undefined> {
  return db.selectFrom('rubric_version').selectAll().orderBy('version', 'desc').executeTakeFirst();
}

export async function findRubric(
  db: Executor,
  version: number,
): Promise<RubricVersionRow | undefined> {
  return db
    .selectFrom('rubric_version')
    .selectAll()
    .where('version', '=', version)
    .executeTakeFirst();
}

export async function listRubrics(db: Executor): Promise<RubricVersionRow[]> {
  return db.selectFrom('rubric_version').selectAll().orderBy('version', 'desc').execute();
}

/**
 * Stores a rubric version unless that version exists (first writer wins); answers whether this
 * call stored it, so a caller that lost the race can say so instead of losing its rubric.
 */
export async function insertRubric(
  db: Executor,
  row: Insertable<Database['rubric_version']>,
): Promise<boolean> {
  const stored = await db
    .insertInto('rubric_version')
    .values(row)
    .onConflict((oc) => oc.column('version').doNothing())
    .returning('version')
    .executeTakeFirst();
  return stored !== undefined;
}

export async function insertAssessment(
  db: Executor,
  row: Insertable<Database['graduation_assessment']>,
): Promise<void> {
  await db.insertInto('graduation_assessment').values(row).execute();
}

export async function findAssessment(db: Executor, id: string): Promise<AssessmentRow | undefined> {
  return db.selectFrom('graduation_assessment').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Every assessment of a city, newest first: its history. */
export async function listAssessments(db: Executor, cityId: string): Promise<AssessmentRow[]> {
  return db
    .selectFrom('graduation_assessment')
    .selectAll()
    .where('city_id', '=', cityId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
}

export async function updateAssessment(
  db: Executor,
  id: string,
  patch: Updateable<Database['graduation_assessment']>,
): Promise<void> {
  await db.updateTable('graduation_assessment').set(patch).where('id', '=', id).execute();
}

export async function insertCompetencyAssessment(
  db: Executor,
  row: Insertable<Database['competency_assessment']>,
): Promise<void> {
  await db.insertInto('competency_assessment').values(row).execute();
}

/** Competency self-assessments of these cities, with each city's cohort name. */
export async function listCompetencyAssessments(
  db: Executor,
  cityIds: readonly string[],
): Promise<(CompetencyAssessmentRow & { cohort: string | null })[]> {
  if (cityIds.length === 0) return [];
  return db
    .selectFrom('competency_assessment')
    .innerJoin('city', 'city.id', 'competency_assessment.city_id')
    .selectAll('competency_assessment')
    .select('city.cohort')
    .where('competency_assessment.city_id', 'in', cityIds)
    .orderBy('competency_assessment.assessed_on')
    .execute();
}

export async function insertCertificate(db: Executor, row: Insertable<Database['certificate']>) {
  await db.insertInto('certificate').values(row).execute();
}

export async function findCertificate(
  db: Executor,
  id: string,
): Promise<CertificateRow | undefined> {
  return db.selectFrom('certificate').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Share inputs for data coverage: distinct series with any value and with an approved value. */
export async function countCitySeries(
  db: Executor,
  cityId: string,
): Promise<{ series: number; approved: number }> {
  const rows = await db
    .selectFrom('observation')
    .select(['series_id', 'approved_version'])
    .where('city_id', '=', cityId)
    .where('deleted', '=', 0)
    .execute();
  const all = new Set(rows.map((r) => r.series_id));
  const approved = new Set(rows.filter((r) => r.approved_version !== null).map((r) => r.series_id));
  return { series: all.size, approved: approved.size };
}
