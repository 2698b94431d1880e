import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Executor } from '../connection/connect';
import type { Database } from '../schema';

export type ProjectRow = Selectable<Database['project']>;
export type NewProject = Insertable<Database['project']>;
export type ProjectResultRow = Selectable<Database['project_result']>;
export type ProjectIndicatorRow = Selectable<Database['project_indicator']>;
export type BenefitClaimRow = Selectable<Database['benefit_claim']>;
export type NewBenefitClaim = Insertable<Database['benefit_claim']>;
export type ProgressUpdateRow = Selectable<Database['progress_update']>;
export type NewProgressUpdate = Insertable<Database['progress_update']>;

/** One project by id. */
export async function findProject(db: Executor, id: string): Promise<ProjectRow | undefined> {
  return db.selectFrom('project').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Filters of {@link listProjects}; every one optional. */
export interface ProjectFilter {
  cityIds?: readonly string[] | undefined;
  /** ISO3 of the city's country. */
  country?: string | undefined;
  statuses?: readonly string[] | undefined;
  /** Projects with a claim on one of these goals. */
  goal?: number | undefined;
  /** Exclude these statuses (the public does not see ideas). */
  excludeStatuses?: readonly string[] | undefined;
  /** Only these project ids (e.g. filtered by dimension in the service). */
  ids?: readonly string[] | undefined;
  /** Only demo projects (true) or only real ones (false). */
  demo?: boolean | undefined;
}

/** Projects matching a filter, newest first; `total` counts them all. */
export async function listProjects(
  db: Executor,
  filter: ProjectFilter,
  page: { limit: number; offset: number },
): Promise<{ rows: ProjectRow[]; total: number }> {
  let query = db.selectFrom('project').innerJoin('city', 'city.id', 'project.city_id');
  if (filter.cityIds) query = query.where('project.city_id', 'in', [...filter.cityIds, '']);
  if (filter.country) query = query.where('city.country_iso3', '=', filter.country);
  if (filter.statuses) query = query.where('project.status', 'in', [...filter.statuses, '']);
  if (filter.excludeStatuses?.length)
    query = query.where('project.status', 'not in', [...filter.excludeStatuses]);
  if (filter.ids) query = query.where('project.id', 'in', [...filter.ids, '']);
  if (filter.demo !== undefined) query = query.where('project.demo', '=', filter.demo ? 1 : 0);
  if (filter.goal !== undefined) {
    const goal = filter.goal;
    query = query.where('project.id', 'in', (sub) =>
      sub
        .selectFrom('benefit_claim')
        .innerJoin('target', 'target.code', 'benefit_claim.target_code')
        .select('benefit_claim.project_id')
        .where('target.goal', '=', goal),
    );
  }
  const count = await query
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirst();
  const rows = await query
    .selectAll('project')
    .orderBy('project.updated_at', 'desc')
    .orderBy('project.id')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  return { rows, total: Number(count?.n ?? 0) };
}

export async function insertProject(db: Executor, row: NewProject): Promise<void> {
  await db.insertInto('project').values(row).execute();
}

export async function updateProject(
  db: Executor,
  id: string,
  changes: Updateable<Database['project']>,
): Promise<void> {
  await db.updateTable('project').set(changes).where('id', '=', id).execute();
}

/** The results framework of a project: its nodes and their indicators, in order. */
export async function listResults(
  db: Executor,
  projectId: string,
): Promise<{ results: ProjectResultRow[]; indicators: ProjectIndicatorRow[] }> {
  const results = await db
    .selectFrom('project_result')
    .selectAll()
    .where('project_id', '=', projectId)
    .orderBy('position')
    .execute();
  const ids = results.map((r) => r.id);
  const indicators =
    ids.length === 0
      ? []
      : await db
          .selectFrom('project_indicator')
          .selectAll()
          .where('result_id', 'in', ids)
          .orderBy('position')
          .execute();
  return { results, indicators };
}

/** Replaces a project's whole results framework (the editor sends it as one tree). */
export async function replaceResults(
  db: Executor,
  projectId: string,
  results: readonly Insertable<Database['project_result']>[],
  indicators: readonly Insertable<Database['project_indicator']>[],
): Promise<void> {
  const old = await db
    .selectFrom('project_result')
    .select('id')
    .where('project_id', '=', projectId)
    .execute();
  if (old.length > 0) {
    await db
      .deleteFrom('project_indicator')
      .where(
        'result_id',
        'in',
        old.map((r) => r.id),
      )
      .execute();
    // Children first: outcomes, then outputs, then objectives.
    for (const level of ['outcome', 'output', 'objective'] as const) {
      await db
        .deleteFrom('project_result')
        .where('project_id', '=', projectId)
        .where('level', '=', level)
        .execute();
    }
  }
  if (results.length > 0)
    await db
      .insertInto('project_result')
      .values([...results])
      .execute();
  if (indicators.length > 0)
    await db
      .insertInto('project_indicator')
      .values([...indicators])
      .execute();
}

export async function updateIndicatorPeriods(
  db: Executor,
  id: string,
  periods: string,
): Promise<void> {
  await db.updateTable('project_indicator').set({ periods }).where('id', '=', id).execute();
}

/** The benefit claims of some projects, oldest first. */
export async function listClaims(
  db: Executor,
  projectIds: readonly string[],
): Promise<BenefitClaimRow[]> {
  if (projectIds.length === 0) return [];
  return db
    .selectFrom('benefit_claim')
    .selectAll()
    .where('project_id', 'in', [...projectIds])
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export async function insertClaim(db: Executor, row: NewBenefitClaim): Promise<void> {
  await db.insertInto('benefit_claim').values(row).execute();
}

export async function deleteClaim(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('benefit_claim').where('id', '=', id).execute();
}

/** The progress updates of a project, newest period first. */
export async function listProgressUpdates(
  db: Executor,
  projectId: string,
): Promise<ProgressUpdateRow[]> {
  return db
    .selectFrom('progress_update')
    .selectAll()
    .where('project_id', '=', projectId)
    .orderBy('period', 'desc')
    .orderBy('created_at', 'desc')
    .execute();
}

export async function findProgressUpdate(
  db: Executor,
  id: string,
): Promise<ProgressUpdateRow | undefined> {
  return db.selectFrom('progress_update').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertProgressUpdate(db: Executor, row: NewProgressUpdate): Promise<void> {
  await db.insertInto('progress_update').values(row).execute();
}

export async function updateProgressUpdate(
  db: Executor,
  id: string,
  changes: Updateable<Database['progress_update']>,
): Promise<void> {
  await db.updateTable('progress_update').set(changes).where('id', '=', id).execute();
}
