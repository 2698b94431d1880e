import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Executor } from '../connection/connect';
import type { Database } from '../schema';

export type ReportRow = Selectable<Database['report']>;
export type NewReport = Insertable<Database['report']>;
export type ReportPatch = Updateable<Database['report']>;
export type ReportVersionRow = Selectable<Database['report_version']>;
export type NewReportVersion = Insertable<Database['report_version']>;
export type ConsultationEntryRow = Selectable<Database['consultation_entry']>;
export type NewConsultationEntry = Insertable<Database['consultation_entry']>;

/** Inserts a report. */
export async function insertReport(db: Executor, row: NewReport): Promise<void> {
  await db.insertInto('report').values(row).execute();
}

/** Writes fields of one report. */
export async function updateReport(db: Executor, id: string, patch: ReportPatch): Promise<void> {
  await db.updateTable('report').set(patch).where('id', '=', id).execute();
}

/** One report by id. */
export async function findReport(db: Executor, id: string): Promise<ReportRow | undefined> {
  return db.selectFrom('report').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Filters of {@link listReports}. */
export interface ReportListOptions {
  readonly scopeKind: ReportRow['scope_kind'];
  readonly scopeKey: string;
  /** Only reports published at least once (what the public sees). */
  readonly publishedOnly: boolean;
}

/** The reports of one scope, most recently updated first. */
export async function listReports(db: Executor, options: ReportListOptions): Promise<ReportRow[]> {
  let query = db
    .selectFrom('report')
    .selectAll()
    .where('scope_kind', '=', options.scopeKind)
    .where('scope_key', '=', options.scopeKey);
  if (options.publishedOnly) query = query.where('published_version', 'is not', null);
  return query.orderBy('updated_at', 'desc').orderBy('id').execute();
}

/** Inserts a published version. */
export async function insertReportVersion(db: Executor, row: NewReportVersion): Promise<void> {
  await db.insertInto('report_version').values(row).execute();
}

/** One published version of a report, document included. */
export async function findReportVersion(
  db: Executor,
  reportId: string,
  version: number,
): Promise<ReportVersionRow | undefined> {
  return db
    .selectFrom('report_version')
    .selectAll()
    .where('report_id', '=', reportId)
    .where('version', '=', version)
    .executeTakeFirst();
}

/** The published versions of a report, newest first, without their documents. */
export async function listReportVersions(
  db: Executor,
  reportId: string,
): Promise<Omit<ReportVersionRow, 'document'>[]> {
  return db
    .selectFrom('report_version')
    .select(['report_id', 'version', 'published_at', 'published_by'])
    .where('report_id', '=', reportId)
    .orderBy('version', 'desc')
    .execute();
}

/** Inserts an entry of a consultation log. */
export async function insertConsultationEntry(
  db: Executor,
  row: NewConsultationEntry,
): Promise<void> {
  await db.insertInto('consultation_entry').values(row).execute();
}

/** A report's consultation log, oldest first. */
export async function listConsultationEntries(
  db: Executor,
  reportId: string,
): Promise<ConsultationEntryRow[]> {
  return db
    .selectFrom('consultation_entry')
    .selectAll()
    .where('report_id', '=', reportId)
    .orderBy('date')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}
