import type { Transaction } from 'kysely';
import type { Database } from '../schema';
import type { Executor } from './connect';

/**
 * Runs `work` in a transaction: a new one, or the caller's when `db` already is one, so that
 * services compose. A change and its audit entry are written through the same `trx`.
 */
export async function withTransaction<T>(
  db: Executor,
  work: (trx: Transaction<Database>) => Promise<T>,
): Promise<T> {
  if (db.isTransaction) return work(db as Transaction<Database>);
  return db.transaction().execute(work);
}
