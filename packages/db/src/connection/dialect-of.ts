import { SqliteAdapter } from 'kysely';
import type { DialectName } from './config';
import type { Executor } from './connect';

/**
 * The engine behind a Kysely handle or transaction, for the few queries that differ by engine
 * (full-text search). Reads the adapter Kysely was built with.
 */
export function dialectOf(db: Executor): DialectName {
  return db.getExecutor().adapter instanceof SqliteAdapter ? 'sqlite' : 'postgres';
}
