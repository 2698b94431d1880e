import { sql, type Kysely } from 'kysely';

const COLOURS = sql`('green', 'yellow', 'orange', 'red', 'grey')`;

/**
 * The scoring codebook (versioned entries), peer groups with their own lower bounds, and stored
 * scores of cities and roll-ups, each indicator traceable to the observation version it used.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('codebook_version')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('version', 'integer', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .execute();
  await db.schema
    .createTable('codebook_entry')
    .addColumn('codebook_version_id', 'text', (c) => c.notNull().references('codebook_version.id'))
    .addColumn('series_id', 'text', (c) => c.notNull().references('series.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('goal', 'integer', (c) => c.notNull())
    .addColumn('targets', 'text', (c) => c.notNull())
    .addColumn('optimum', 'double precision', (c) => c.notNull())
    .addColumn('green', 'double precision', (c) => c.notNull())
    .addColumn('red', 'double precision', (c) => c.notNull())
    .addColumn('lower_bound', 'double precision', (c) => c.notNull())
    .addColumn('direction', 'text', (c) => c.notNull())
    .addColumn('trend_from', 'integer')
    .addColumn('justification', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('codebook_entry_pk', ['codebook_version_id', 'series_id'])
    .addCheckConstraint('codebook_entry_goal_check', sql`goal between 1 and 17`)
    .addCheckConstraint('codebook_entry_direction_check', sql`direction in ('higher', 'lower')`)
    .execute();
  await db.schema
    .createTable('peer_group')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('peer_group_uq', ['kind', 'key'])
    .addCheckConstraint(
      'peer_group_kind_check',
      sql`kind in ('country', 'population_class', 'cohort')`,
    )
    .execute();
  await db.schema
    .createTable('peer_group_bound')
    .addColumn('codebook_version_id', 'text', (c) => c.notNull().references('codebook_version.id'))
    .addColumn('peer_group_id', 'text', (c) => c.notNull().references('peer_group.id'))
    .addColumn('series_id', 'text', (c) => c.notNull().references('series.id'))
    .addColumn('lower_bound', 'double precision', (c) => c.notNull())
    .addColumn('percentile', 'double precision', (c) => c.notNull())
    .addColumn('cities', 'integer', (c) => c.notNull())
    .addColumn('computed_at', 'text', (c) => c.notNull())
    .addColumn('computed_by', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('peer_group_bound_pk', [
      'codebook_version_id',
      'peer_group_id',
      'series_id',
    ])
    .execute();
  await db.schema
    .createTable('unit_score')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('unit_kind', 'text', (c) => c.notNull())
    .addColumn('unit_key', 'text', (c) => c.notNull())
    .addColumn('city_id', 'text', (c) => c.references('city.id'))
    .addColumn('country_iso3', 'text', (c) => c.references('country.iso3'))
    .addColumn('codebook_version_id', 'text', (c) => c.notNull().references('codebook_version.id'))
    .addColumn('fingerprint', 'text', (c) => c.notNull())
    .addColumn('index_score', 'double precision')
    .addColumn('missing_share', 'double precision')
    .addColumn('index_members', 'integer')
    .addColumn('members', 'text')
    .addColumn('computed_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('unit_score_uq', ['unit_key', 'codebook_version_id', 'fingerprint'])
    .addCheckConstraint('unit_score_kind_check', sql`unit_kind in ('city', 'country', 'asean')`)
    .execute();
  await db.schema
    .createIndex('unit_score_version_idx')
    .on('unit_score')
    .columns(['codebook_version_id', 'unit_kind'])
    .execute();
  await db.schema
    .createTable('goal_score')
    .addColumn('unit_score_id', 'text', (c) =>
      c.notNull().references('unit_score.id').onDelete('cascade'),
    )
    .addColumn('goal', 'integer', (c) => c.notNull())
    .addColumn('score', 'double precision')
    .addColumn('colour', 'text')
    .addColumn('trend', 'text')
    .addColumn('distance', 'double precision')
    .addColumn('scored', 'integer', (c) => c.notNull())
    .addColumn('colours', 'text')
    .addPrimaryKeyConstraint('goal_score_pk', ['unit_score_id', 'goal'])
    .addCheckConstraint('goal_score_colour_check', sql`colour is null or colour in ${COLOURS}`)
    .execute();
  await db.schema
    .createTable('indicator_score')
    .addColumn('unit_score_id', 'text', (c) =>
      c.notNull().references('unit_score.id').onDelete('cascade'),
    )
    .addColumn('series_id', 'text', (c) => c.notNull().references('series.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('score', 'double precision')
    .addColumn('colour', 'text', (c) => c.notNull())
    .addColumn('trend', 'text', (c) => c.notNull())
    .addColumn('year', 'integer')
    .addColumn('value', 'double precision')
    .addColumn('observation_id', 'text', (c) => c.references('observation.id'))
    .addColumn('observation_version', 'integer')
    .addColumn('base_year', 'integer')
    .addColumn('base_observation_id', 'text', (c) => c.references('observation.id'))
    .addColumn('base_observation_version', 'integer')
    .addColumn('lower_bound', 'double precision', (c) => c.notNull())
    .addColumn('peer_group_id', 'text', (c) => c.references('peer_group.id'))
    .addColumn('target_value', 'double precision')
    .addColumn('target_year', 'integer')
    .addColumn('distance_score', 'double precision')
    .addColumn('distance', 'double precision')
    .addColumn('end_value', 'double precision')
    .addPrimaryKeyConstraint('indicator_score_pk', ['unit_score_id', 'series_id'])
    .addCheckConstraint('indicator_score_colour_check', sql`colour in ${COLOURS}`)
    .execute();
}
