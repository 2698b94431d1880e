import { Migrator, type MigrationResultSet } from 'kysely';
import type { DatabaseHandle } from './connection/connect';
import { migrations } from './migrations/index';

/** The outcome of bringing a database up to date. */
export interface MigrateResult {
  /** Names of the migrations applied by this call (empty when already up to date). */
  readonly applied: readonly string[];
}

/** Thrown when a migration fails; the database is left at the last good migration. */
export class MigrationFailedError extends Error {
  constructor(
    readonly migration: string | undefined,
    override readonly cause: unknown,
  ) {
    super(`Migration ${migration ?? '(unknown)'} failed: ${String(cause)}`);
  }
}

/**
 * Applies every pending migration. Safe to call from several processes at once: Kysely takes
 * a lock (a row lock on PostgreSQL, the file lock on SQLite) while it migrates.
 */
export async function migrateToLatest(handle: DatabaseHandle): Promise<MigrateResult> {
  const migrator = new Migrator({
    db: handle.db,
    provider: { getMigrations: () => Promise.resolve(migrations) },
  });
  const { error, results }: MigrationResultSet = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error');
    throw new MigrationFailedError(failed?.migrationName, error);
  }
  return {
    applied: (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName),
  };
}
