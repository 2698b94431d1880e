import type { Insertable, Selectable } from 'kysely';
import type { Executor } from '../connection/connect';
import type { Database } from '../schema';

export type ApiTokenRow = Selectable<Database['api_token']>;
export type NewApiToken = Insertable<Database['api_token']>;

export async function insertApiToken(db: Executor, row: NewApiToken): Promise<void> {
  await db.insertInto('api_token').values(row).execute();
}

/** The token whose SHA-256 (hex) this is, revoked or not. */
export async function findApiTokenByHash(
  db: Executor,
  tokenHash: string,
): Promise<ApiTokenRow | undefined> {
  return db
    .selectFrom('api_token')
    .selectAll()
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();
}

/** One token of one owner. */
export async function findApiToken(
  db: Executor,
  id: string,
  userId: string,
): Promise<ApiTokenRow | undefined> {
  return db
    .selectFrom('api_token')
    .selectAll()
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

/** The tokens of a user, newest first, revoked ones included. */
export async function listApiTokens(db: Executor, userId: string): Promise<ApiTokenRow[]> {
  return db
    .selectFrom('api_token')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
}

/** Revokes one token of one owner; false when there was no such unrevoked token. */
export async function revokeApiToken(
  db: Executor,
  id: string,
  userId: string,
  revokedAt: string,
): Promise<boolean> {
  const result = await db
    .updateTable('api_token')
    .set({ revoked_at: revokedAt })
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Revokes every token of a user (on deactivation). */
export async function revokeApiTokensOfUser(
  db: Executor,
  userId: string,
  revokedAt: string,
): Promise<void> {
  await db
    .updateTable('api_token')
    .set({ revoked_at: revokedAt })
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .execute();
}

/** Records use of a token. */
export async function touchApiToken(db: Executor, id: string, usedAt: string): Promise<void> {
  await db.updateTable('api_token').set({ last_used_at: usedAt }).where('id', '=', id).execute();
}
