import { sql, type Kysely } from 'kysely';

const KINDS = sql`kind in ('synergy', 'trade-off', 'none')`;

/**
 * Interlinkages (METHODS §5): the series catalogue (direction and disaggregation read), stored
 * runs of the data-derived network with their series links, target links and centrality, and
 * the curated links the secretariat keeps.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('interlinkage_series')
    .addColumn('series_id', 'text', (c) => c.primaryKey().references('series.id'))
    .addColumn('direction', 'text', (c) => c.notNull())
    .addColumn('disaggregation_key', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint(
      'interlinkage_series_direction_check',
      sql`direction in ('higher', 'lower')`,
    )
    .execute();
  await db.schema
    .createTable('interlinkage_run')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('computed_at', 'text', (c) => c.notNull())
    .addColumn('fingerprint', 'text', (c) => c.notNull())
    .addColumn('min_years', 'integer', (c) => c.notNull())
    .addColumn('threshold', 'double precision', (c) => c.notNull())
    .addColumn('method', 'text', (c) => c.notNull())
    .addColumn('series_count', 'integer', (c) => c.notNull())
    .addColumn('observation_count', 'integer', (c) => c.notNull())
    .addColumn('series_pairs', 'integer', (c) => c.notNull())
    .addColumn('series_synergies', 'integer', (c) => c.notNull())
    .addColumn('series_trade_offs', 'integer', (c) => c.notNull())
    .addColumn('target_pairs', 'integer', (c) => c.notNull())
    .addColumn('target_synergies', 'integer', (c) => c.notNull())
    .addColumn('target_trade_offs', 'integer', (c) => c.notNull())
    .addUniqueConstraint('interlinkage_run_inputs_uq', [
      'scope',
      'fingerprint',
      'min_years',
      'threshold',
    ])
    .addCheckConstraint(
      'interlinkage_run_method_check',
      sql`method in ('spearman', 'pooled-spearman')`,
    )
    .execute();
  await db.schema
    .createIndex('interlinkage_run_scope_idx')
    .on('interlinkage_run')
    .columns(['scope', 'computed_at'])
    .execute();
  await db.schema
    .createTable('interlinkage_series_link')
    .addColumn('run_id', 'text', (c) => c.notNull().references('interlinkage_run.id'))
    .addColumn('series_a', 'text', (c) => c.notNull())
    .addColumn('series_b', 'text', (c) => c.notNull())
    .addColumn('target_a', 'text', (c) => c.notNull())
    .addColumn('target_b', 'text', (c) => c.notNull())
    .addColumn('rho', 'double precision')
    .addColumn('n', 'integer', (c) => c.notNull())
    .addColumn('units', 'integer')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('interlinkage_series_link_pk', ['run_id', 'series_a', 'series_b'])
    .addCheckConstraint('interlinkage_series_link_kind_check', KINDS)
    .execute();
  await db.schema
    .createTable('interlinkage_target_link')
    .addColumn('run_id', 'text', (c) => c.notNull().references('interlinkage_run.id'))
    .addColumn('target_a', 'text', (c) => c.notNull())
    .addColumn('target_b', 'text', (c) => c.notNull())
    .addColumn('rho', 'double precision', (c) => c.notNull())
    .addColumn('pairs', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('interlinkage_target_link_pk', ['run_id', 'target_a', 'target_b'])
    .addCheckConstraint('interlinkage_target_link_kind_check', KINDS)
    .execute();
  await db.schema
    .createTable('interlinkage_centrality')
    .addColumn('run_id', 'text', (c) => c.notNull().references('interlinkage_run.id'))
    .addColumn('target_code', 'text', (c) => c.notNull())
    .addColumn('degree', 'integer', (c) => c.notNull())
    .addColumn('strength', 'double precision', (c) => c.notNull())
    .addColumn('eigenvector', 'double precision', (c) => c.notNull())
    .addPrimaryKeyConstraint('interlinkage_centrality_pk', ['run_id', 'target_code'])
    .execute();
  await db.schema
    .createTable('interlinkage_curated_link')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('target_a', 'text', (c) => c.notNull().references('target.code'))
    .addColumn('target_b', 'text', (c) => c.notNull().references('target.code'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('citation', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('interlinkage_curated_link_uq', ['target_a', 'target_b', 'kind'])
    .addCheckConstraint(
      'interlinkage_curated_link_kind_check',
      sql`kind in ('synergy', 'trade-off')`,
    )
    .execute();
}
