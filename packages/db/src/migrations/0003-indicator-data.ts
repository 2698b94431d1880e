import { sql, type Kysely } from 'kysely';

/** Series, observations with full history, city targets, local indicator sets and their crosswalk. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('local_indicator_set')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('owner_city_id', 'text', (c) => c.references('city.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('local_indicator')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('set_id', 'text', (c) => c.notNull().references('local_indicator_set.id'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('unit', 'text')
    .addColumn('description', 'text')
    .addUniqueConstraint('local_indicator_set_code_uq', ['set_id', 'code'])
    .execute();
  await db.schema
    .createTable('local_indicator_target')
    .addColumn('local_indicator_id', 'text', (c) => c.notNull().references('local_indicator.id'))
    .addColumn('target_code', 'text', (c) => c.notNull().references('target.code'))
    .addPrimaryKeyConstraint('local_indicator_target_pk', ['local_indicator_id', 'target_code'])
    .execute();
  await db.schema
    .createTable('series')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('indicator_id', 'text', (c) => c.references('indicator.id'))
    .addColumn('local_indicator_id', 'text', (c) => c.references('local_indicator.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('direction', 'text')
    .addColumn('decimals', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('source', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint(
      'series_direction_check',
      sql`direction is null or direction in ('higher', 'lower')`,
    )
    .execute();
  await db.schema.createIndex('series_indicator_idx').on('series').column('indicator_id').execute();
  await db.schema
    .createTable('observation')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('area_key', 'text', (c) => c.notNull())
    .addColumn('city_id', 'text', (c) => c.references('city.id'))
    .addColumn('country_iso3', 'text', (c) => c.references('country.iso3'))
    .addColumn('series_id', 'text', (c) => c.notNull().references('series.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('disaggregation_key', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('value', 'double precision', (c) => c.notNull())
    .addColumn('estimated', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('provisional', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('break_in_series', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('footnote', 'text')
    .addColumn('source', 'text')
    .addColumn('nature', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('deleted', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('approved_version', 'integer')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addUniqueConstraint('observation_slot_uq', [
      'area_key',
      'series_id',
      'year',
      'disaggregation_key',
    ])
    .addCheckConstraint('observation_area_check', sql`(city_id is null) <> (country_iso3 is null)`)
    .addCheckConstraint(
      'observation_status_check',
      sql`status in ('draft', 'submitted', 'approved', 'returned')`,
    )
    .execute();
  await db.schema
    .createIndex('observation_city_idx')
    .on('observation')
    .columns(['city_id', 'status'])
    .execute();
  await db.schema
    .createIndex('observation_series_idx')
    .on('observation')
    .columns(['series_id', 'year'])
    .execute();
  await db.schema
    .createTable('observation_version')
    .addColumn('observation_id', 'text', (c) => c.notNull().references('observation.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('value', 'double precision', (c) => c.notNull())
    .addColumn('estimated', 'integer', (c) => c.notNull())
    .addColumn('provisional', 'integer', (c) => c.notNull())
    .addColumn('break_in_series', 'integer', (c) => c.notNull())
    .addColumn('footnote', 'text')
    .addColumn('source', 'text')
    .addColumn('nature', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('deleted', 'integer', (c) => c.notNull())
    .addColumn('change', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('changed_by', 'text', (c) => c.notNull())
    .addColumn('changed_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('observation_version_pk', ['observation_id', 'version'])
    .execute();
  await db.schema
    .createTable('city_target')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('city_id', 'text', (c) => c.notNull().references('city.id'))
    .addColumn('series_id', 'text', (c) => c.notNull().references('series.id'))
    .addColumn('disaggregation_key', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('target_value', 'double precision', (c) => c.notNull())
    .addColumn('target_year', 'integer', (c) => c.notNull())
    .addColumn('baseline_value', 'double precision')
    .addColumn('baseline_year', 'integer')
    .addColumn('note', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addUniqueConstraint('city_target_uq', ['city_id', 'series_id', 'disaggregation_key'])
    .execute();
}
