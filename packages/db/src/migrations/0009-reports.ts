import { sql, type Kysely } from 'kysely';

/**
 * Saved reports: a Voluntary Local Review (or a national or ASEAN synthesis) with its narratives
 * in progress, its stakeholder-consultation log, and every published version frozen as the whole
 * assembled document, so that a published report does not change when the data does.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('report')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('scope_kind', 'text', (c) => c.notNull())
    .addColumn('scope_key', 'text', (c) => c.notNull())
    .addColumn('city_id', 'text', (c) => c.references('city.id'))
    .addColumn('country_iso3', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('narratives', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('published_version', 'integer')
    .addColumn('review_comment', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addCheckConstraint('report_scope_check', sql`scope_kind in ('city', 'country', 'asean')`)
    .addCheckConstraint(
      'report_status_check',
      sql`status in ('draft', 'submitted', 'approved', 'returned')`,
    )
    .addCheckConstraint('report_version_check', sql`version >= 1`)
    .execute();
  await db.schema
    .createIndex('report_scope_idx')
    .on('report')
    .columns(['scope_kind', 'scope_key', 'status'])
    .execute();
  await db.schema
    .createTable('report_version')
    .addColumn('report_id', 'text', (c) => c.notNull().references('report.id').onDelete('cascade'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('document', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text', (c) => c.notNull())
    .addColumn('published_by', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('report_version_pk', ['report_id', 'version'])
    .execute();
  await db.schema
    .createTable('consultation_entry')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('report_id', 'text', (c) => c.notNull().references('report.id').onDelete('cascade'))
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('stakeholders', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('consultation_entry_report_idx')
    .on('consultation_entry')
    .columns(['report_id', 'date'])
    .execute();
}
