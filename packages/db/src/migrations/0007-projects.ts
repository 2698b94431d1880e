import { sql, type Kysely } from 'kysely';

/**
 * Model projects: the project (lists such as themes, funding sources and partners as JSON text),
 * its results framework (objectives → outputs → outcomes, each with indicators whose baseline,
 * targets and actuals per period are JSON text), benefit claims, and progress updates reviewed
 * like observations.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('project')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('city_id', 'text', (c) => c.notNull().references('city.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('summary', 'text')
    .addColumn('description', 'text')
    .addColumn('themes', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('start_date', 'text')
    .addColumn('end_date', 'text')
    .addColumn('budget', 'double precision')
    .addColumn('currency', 'text')
    .addColumn('funding_sources', 'text', (c) => c.notNull())
    .addColumn('budget_split', 'text', (c) => c.notNull())
    .addColumn('partners', 'text', (c) => c.notNull())
    .addColumn('latitude', 'double precision')
    .addColumn('longitude', 'double precision')
    .addColumn('stakeholders', 'text', (c) => c.notNull())
    .addColumn('links', 'text', (c) => c.notNull())
    .addColumn('replicates_case_id', 'text')
    .addColumn('demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addCheckConstraint(
      'project_status_check',
      sql`status in ('idea', 'planned', 'implementing', 'completed', 'suspended')`,
    )
    .addCheckConstraint('project_budget_check', sql`budget is null or budget >= 0`)
    .execute();
  await db.schema.createIndex('project_city_idx').on('project').column('city_id').execute();
  await db.schema
    .createTable('project_result')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('project_id', 'text', (c) => c.notNull().references('project.id'))
    .addColumn('parent_id', 'text', (c) => c.references('project_result.id'))
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addCheckConstraint(
      'project_result_level_check',
      sql`level in ('objective', 'output', 'outcome')`,
    )
    .execute();
  await db.schema
    .createIndex('project_result_project_idx')
    .on('project_result')
    .column('project_id')
    .execute();
  await db.schema
    .createTable('project_indicator')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('result_id', 'text', (c) => c.notNull().references('project_result.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('series_code', 'text')
    .addColumn('sdg_indicator', 'text')
    .addColumn('baseline_value', 'double precision')
    .addColumn('baseline_period', 'text')
    .addColumn('periods', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('project_indicator_result_idx')
    .on('project_indicator')
    .column('result_id')
    .execute();
  await db.schema
    .createTable('benefit_claim')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('project_id', 'text', (c) => c.notNull().references('project.id'))
    .addColumn('target_code', 'text', (c) => c.notNull().references('target.code'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('size', 'text', (c) => c.notNull())
    .addColumn('indicator_number', 'text')
    .addColumn('baseline_value', 'double precision')
    .addColumn('target_value', 'double precision')
    .addColumn('unit', 'text')
    .addColumn('evidence', 'text')
    .addColumn('origin', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addCheckConstraint(
      'benefit_claim_kind_check',
      sql`kind in ('primary', 'co_benefit', 'trade_off')`,
    )
    .addCheckConstraint('benefit_claim_size_check', sql`size in ('low', 'medium', 'high')`)
    .execute();
  await db.schema
    .createIndex('benefit_claim_project_idx')
    .on('benefit_claim')
    .column('project_id')
    .execute();
  await db.schema
    .createTable('progress_update')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('project_id', 'text', (c) => c.notNull().references('project.id'))
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('narrative', 'text', (c) => c.notNull())
    .addColumn('indicator_values', 'text', (c) => c.notNull())
    .addColumn('evidence', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('review_comment', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addCheckConstraint(
      'progress_update_status_check',
      sql`status in ('draft', 'submitted', 'approved', 'returned')`,
    )
    .execute();
  await db.schema
    .createIndex('progress_update_project_idx')
    .on('progress_update')
    .column('project_id')
    .execute();
}

/** Drops the project tables (development only: released migrations are never rolled back). */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'progress_update',
    'benefit_claim',
    'project_indicator',
    'project_result',
    'project',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
