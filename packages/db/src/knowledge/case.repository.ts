import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Executor } from '../connection/connect';
import type { Database } from '../schema';

export type CaseRow = Selectable<Database['knowledge_case']>;
export type NewCase = Insertable<Database['knowledge_case']>;
export type CasePatch = Updateable<Database['knowledge_case']>;
export type CaseTextRow = Selectable<Database['knowledge_case_text']>;
export type NewCaseText = Insertable<Database['knowledge_case_text']>;

/** Inserts a case. */
export async function insertCase(db: Executor, row: NewCase): Promise<void> {
  await db.insertInto('knowledge_case').values(row).execute();
}

/** Writes fields of one case. */
export async function updateCase(db: Executor, id: string, patch: CasePatch): Promise<void> {
  await db.updateTable('knowledge_case').set(patch).where('id', '=', id).execute();
}

/** One case by id. */
export async function findCase(db: Executor, id: string): Promise<CaseRow | undefined> {
  return db.selectFrom('knowledge_case').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Every language version of the texts of some cases, by case and language. */
export async function listCaseTexts(
  db: Executor,
  caseIds: readonly string[],
): Promise<CaseTextRow[]> {
  if (caseIds.length === 0) return [];
  return db
    .selectFrom('knowledge_case_text')
    .selectAll()
    .where('case_id', 'in', caseIds)
    .orderBy('case_id')
    .orderBy('lang')
    .execute();
}

/** Inserts or replaces the texts of a case in one language. */
export async function upsertCaseText(db: Executor, row: NewCaseText): Promise<void> {
  const { case_id: _caseId, lang: _lang, ...rest } = row;
  await db
    .insertInto('knowledge_case_text')
    .values(row)
    .onConflict((oc) => oc.columns(['case_id', 'lang']).doUpdateSet(rest))
    .execute();
}

/** Filters of {@link listCases}. */
export interface CaseListOptions {
  /** Only these statuses (e.g. published for the public). */
  readonly statuses?: readonly CaseRow['status'][] | undefined;
  /** Only this status, within what the reader may see (e.g. submitted, for the review queue). */
  readonly status?: CaseRow['status'] | undefined;
  readonly cityId?: string | undefined;
  readonly projectId?: string | undefined;
  /** Published cases of anyone plus every case of these cities (what a city team sees). */
  readonly alsoCityIds?: readonly string[] | undefined;
  readonly limit: number;
  readonly offset: number;
}

/** A page of cases, most recently updated first, and how many match. */
export async function listCases(
  db: Executor,
  options: CaseListOptions,
): Promise<{ rows: CaseRow[]; total: number }> {
  let query = db.selectFrom('knowledge_case');
  const { statuses, alsoCityIds } = options;
  if (statuses && alsoCityIds && alsoCityIds.length > 0)
    query = query.where((eb) =>
      eb.or([eb('status', 'in', statuses), eb('city_id', 'in', alsoCityIds)]),
    );
  else if (statuses) query = query.where('status', 'in', statuses);
  if (options.status) query = query.where('status', '=', options.status);
  if (options.cityId) query = query.where('city_id', '=', options.cityId);
  if (options.projectId) query = query.where('project_id', '=', options.projectId);
  const [rows, count] = await Promise.all([
    query
      .selectAll()
      .orderBy('updated_at', 'desc')
      .orderBy('id')
      .limit(options.limit)
      .offset(options.offset)
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/** Every published case with its city's id (for recommendations). */
export async function listPublishedCases(db: Executor): Promise<CaseRow[]> {
  return db
    .selectFrom('knowledge_case')
    .selectAll()
    .where('status', '=', 'published')
    .orderBy('published_at', 'desc')
    .execute();
}
