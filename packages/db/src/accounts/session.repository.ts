import type { Insertable, Selectable } from 'kysely';
import type { Executor } from '../connection/connect';
import type { Database } from '../schema';

export type SessionRow = Selectable<Database['session']>;
export type NewSession = Insertable<Database['session']>;

export async function insertSession(db: Executor, row: NewSession): Promise<void> {
  await db.insertInto('session').values(row).execute();
}

/** The session whose token has this SHA-256 (hex). */
export async function findSessionByTokenHash(
  db: Executor,
  tokenHash: string,
): Promise<SessionRow | undefined> {
  return db
    .selectFrom('session')
    .selectAll()
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();
}

/** Records use of a session and moves its idle expiry. */
export async function touchSession(
  db: Executor,
  id: string,
  times: { last_used_at: string; idle_expires_at: string },
): Promise<void> {
  await db.updateTable('session').set(times).where('id', '=', id).execute();
}

export async function deleteSession(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('session').where('id', '=', id).execute();
}

/** Deletes every session of a user; returns how many there were. */
export async function deleteSessionsOfUser(db: Executor, userId: string): Promise<number> {
  const result = await db.deleteFrom('session').where('user_id', '=', userId).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Deletes the sessions of a user that have expired by `now` (ISO 8601). */
export async function deleteExpiredSessions(
  db: Executor,
  userId: string,
  now: string,
): Promise<void> {
  await db
    .deleteFrom('session')
    .where('user_id', '=', userId)
    .where((eb) => eb.or([eb('idle_expires_at', '<=', now), eb('absolute_expires_at', '<=', now)]))
    .execute();
}

/** How many sessions a user has (expired ones included until they are cleaned up). */
export async function countSessionsOfUser(db: Executor, userId: string): Promise<number> {
  const row = await db
    .selectFrom('session')
    .where('user_id', '=', userId)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Deletes every session of a user but one (after a password change in that session). */
export async function deleteOtherSessions(
  db: Executor,
  userId: string,
  keepId: string | undefined,
): Promise<void> {
  let query = db.deleteFrom('session').where('user_id', '=', userId);
  if (keepId !== undefined) query = query.where('id', '<>', keepId);
  await query.execute();
}
