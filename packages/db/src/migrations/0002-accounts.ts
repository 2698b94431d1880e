import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * Users, role assignments, sessions, one-time tokens, API tokens, sign-in throttling and the
 * append-only audit trail. Ids are text UUIDs, times ISO 8601 text, booleans integer 0/1.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('user_account')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull().defaultTo('en'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text')
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint(
      'user_account_status_check',
      sql`status in ('invited', 'active', 'deactivated')`,
    )
    .addCheckConstraint('user_account_language_check', sql`language in ('en', 'km', 'lo', 'my')`)
    .addCheckConstraint('user_account_email_check', sql`email = lower(email)`)
    .execute();

  await db.schema
    .createTable('role_assignment')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('user_account.id'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('country_iso3', 'text', (c) => c.references('country.iso3'))
    .addColumn('city_id', 'text', (c) => c.references('city.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addCheckConstraint(
      'role_assignment_scope_check',
      sql`(role = 'secretariat' and country_iso3 is null and city_id is null)
        or (role = 'focal_point' and country_iso3 is not null and city_id is null)
        or (role in ('city_editor', 'city_viewer', 'reviewer') and country_iso3 is null and city_id is not null)`,
    )
    .execute();
  await db.schema
    .createIndex('role_assignment_user_idx')
    .on('role_assignment')
    .column('user_id')
    .execute();

  await db.schema
    .createTable('session')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('user_id', 'text', (c) => c.notNull().references('user_account.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_used_at', 'text', (c) => c.notNull())
    .addColumn('idle_expires_at', 'text', (c) => c.notNull())
    .addColumn('absolute_expires_at', 'text', (c) => c.notNull())
    .addColumn('address', 'text')
    .addColumn('user_agent', 'text')
    .execute();
  await db.schema.createIndex('session_user_idx').on('session').column('user_id').execute();

  await db.schema
    .createTable('one_time_token')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull().references('user_account.id'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .addCheckConstraint('one_time_token_kind_check', sql`kind in ('password_reset', 'invitation')`)
    .execute();
  await db.schema
    .createIndex('one_time_token_user_idx')
    .on('one_time_token')
    .column('user_id')
    .execute();

  await db.schema
    .createTable('api_token')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('user_account.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('token_prefix', 'text', (c) => c.notNull())
    .addColumn('assignments', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text')
    .addColumn('last_used_at', 'text')
    .addColumn('revoked_at', 'text')
    .execute();
  await db.schema.createIndex('api_token_user_idx').on('api_token').column('user_id').execute();

  await db.schema
    .createTable('login_throttle')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('failures', 'integer', (c) => c.notNull())
    .addColumn('last_failure_at', 'text', (c) => c.notNull())
    .addColumn('locked_until', 'text')
    .execute();

  await createAuditTrail(db);
}

async function createAuditTrail(db: Kysely<unknown>): Promise<void> {
  const postgres = isPostgres(db);
  await db.schema
    .createTable('audit_entry')
    // The order of the trail: assigned by the database, increasing, never reused.
    .addColumn('seq', postgres ? 'bigint' : 'integer', (c) =>
      postgres ? c.primaryKey().generatedAlwaysAsIdentity() : c.primaryKey().autoIncrement(),
    )
    .addColumn('id', 'text', (c) => c.notNull().unique())
    .addColumn('occurred_at', 'text', (c) => c.notNull())
    .addColumn('actor_kind', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('actor_user_id', 'text')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('entity_type', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('city_id', 'text')
    .addColumn('country_iso3', 'text')
    .addColumn('before_json', 'text')
    .addColumn('after_json', 'text')
    .addColumn('request_id', 'text')
    .addColumn('address', 'text')
    .addCheckConstraint(
      'audit_entry_actor_kind_check',
      sql`actor_kind in ('user', 'token', 'cli', 'system', 'anonymous')`,
    )
    .execute();
  await db.schema
    .createIndex('audit_entry_occurred_idx')
    .on('audit_entry')
    .column('occurred_at')
    .execute();
  await db.schema.createIndex('audit_entry_city_idx').on('audit_entry').column('city_id').execute();
  await db.schema
    .createIndex('audit_entry_country_idx')
    .on('audit_entry')
    .column('country_iso3')
    .execute();
  await db.schema
    .createIndex('audit_entry_entity_idx')
    .on('audit_entry')
    .columns(['entity_type', 'entity_id'])
    .execute();
  // Append-only, enforced by the database itself: no code path may rewrite history.
  if (postgres) {
    await sql`create function audit_entry_append_only() returns trigger language plpgsql as $$
      begin
        raise exception 'audit_entry is append-only: % is not allowed', tg_op;
      end;
      $$`.execute(db);
    await sql`create trigger audit_entry_no_update_delete before update or delete on audit_entry
      for each row execute function audit_entry_append_only()`.execute(db);
    await sql`create trigger audit_entry_no_truncate before truncate on audit_entry
      for each statement execute function audit_entry_append_only()`.execute(db);
  } else {
    await sql`create trigger audit_entry_no_update before update on audit_entry
      begin select raise(abort, 'audit_entry is append-only: UPDATE is not allowed'); end`.execute(
      db,
    );
    await sql`create trigger audit_entry_no_delete before delete on audit_entry
      begin select raise(abort, 'audit_entry is append-only: DELETE is not allowed'); end`.execute(
      db,
    );
  }
}

/** Trigger syntax differs between the engines; everything else in this file is shared. */
function isPostgres(db: Kysely<unknown>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}
