import { sql, type Selectable } from 'kysely';
import type { Executor } from '../connection/connect';
import type { Database } from '../schema';

export type LoginThrottleRow = Selectable<Database['login_throttle']>;

/** The throttle rows of these keys (missing keys have no failures). */
export async function findThrottles(
  db: Executor,
  keys: readonly string[],
): Promise<LoginThrottleRow[]> {
  if (keys.length === 0) return [];
  return db.selectFrom('login_throttle').selectAll().where('key', 'in', keys).execute();
}

/**
 * Counts one failure for a key in one statement (an upsert, atomic on both engines, so
 * concurrent app servers never lose a count). A key whose last failure is older than
 * `windowStart` starts again from one. Returns the failures now counted.
 */
export async function recordFailure(
  db: Executor,
  key: string,
  now: string,
  windowStart: string,
): Promise<number> {
  const row = await db
    .insertInto('login_throttle')
    .values({ key, failures: 1, last_failure_at: now, locked_until: null })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        failures: sql<number>`case when ${sql.ref('login_throttle.last_failure_at')} < ${windowStart}
          then 1 else ${sql.ref('login_throttle.failures')} + 1 end`,
        last_failure_at: now,
      }),
    )
    .returning('failures')
    .executeTakeFirstOrThrow();
  return Number(row.failures);
}

/** Locks a key until a time; a later lock already in place is kept. */
export async function lockUntil(db: Executor, key: string, until: string): Promise<void> {
  await db
    .updateTable('login_throttle')
    .set({ locked_until: until })
    .where('key', '=', key)
    .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', until)]))
    .execute();
}

/** Forgets the failures of a key (after a successful sign-in or a password reset). */
export async function clearThrottle(db: Executor, key: string): Promise<void> {
  await db.deleteFrom('login_throttle').where('key', '=', key).execute();
}
