import type { Insertable, Selectable } from 'kysely';
import type { Executor } from '../connection/connect';
import type { Database } from '../schema';

export type OneTimeTokenRow = Selectable<Database['one_time_token']>;
export type NewOneTimeToken = Insertable<Database['one_time_token']>;

export async function insertOneTimeToken(db: Executor, row: NewOneTimeToken): Promise<void> {
  await db.insertInto('one_time_token').values(row).execute();
}

/** The token whose SHA-256 (hex) this is, used or not. */
export async function findOneTimeTokenByHash(
  db: Executor,
  tokenHash: string,
): Promise<OneTimeTokenRow | undefined> {
  return db
    .selectFrom('one_time_token')
    .selectAll()
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();
}

/**
 * Marks a token used, only if it was not used yet. Returns false when another request used it
 * first: the conditional update is what makes a token single-use under concurrency.
 */
export async function markOneTimeTokenUsed(
  db: Executor,
  id: string,
  usedAt: string,
): Promise<boolean> {
  const result = await db
    .updateTable('one_time_token')
    .set({ used_at: usedAt })
    .where('id', '=', id)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Marks every unused token of this kind of a user as used (a new one supersedes them). */
export async function supersedeOneTimeTokens(
  db: Executor,
  userId: string,
  kind: OneTimeTokenRow['kind'],
  usedAt: string,
): Promise<void> {
  await db
    .updateTable('one_time_token')
    .set({ used_at: usedAt })
    .where('user_id', '=', userId)
    .where('kind', '=', kind)
    .where('used_at', 'is', null)
    .execute();
}
