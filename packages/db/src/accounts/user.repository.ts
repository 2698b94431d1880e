import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Executor } from '../connection/connect';
import type { Database } from '../schema';
import { likePattern } from '../query/like';

export type UserRow = Selectable<Database['user_account']>;
export type NewUser = Insertable<Database['user_account']>;
export type UserPatch = Updateable<Database['user_account']>;
export type NewAssignment = Insertable<Database['role_assignment']>;
/** An assignment with the slug, name and country of its city, when it has one. */
export type AssignmentRow = Selectable<Database['role_assignment']> & {
  city_slug: string | null;
  city_name: string | null;
  city_country_iso3: string | null;
};

/** One user by id. */
export async function findUserById(db: Executor, id: string): Promise<UserRow | undefined> {
  return db.selectFrom('user_account').selectAll().where('id', '=', id).executeTakeFirst();
}

/** One user by email (pass it lower-cased). */
export async function findUserByEmail(db: Executor, email: string): Promise<UserRow | undefined> {
  return db.selectFrom('user_account').selectAll().where('email', '=', email).executeTakeFirst();
}

export async function insertUser(db: Executor, row: NewUser): Promise<void> {
  await db.insertInto('user_account').values(row).execute();
}

export async function updateUser(db: Executor, id: string, patch: UserPatch): Promise<void> {
  await db.updateTable('user_account').set(patch).where('id', '=', id).execute();
}

/** Filters and page of {@link listUsers}. */
export interface UserListOptions {
  /** Matched anywhere in the email or name. */
  q?: string | undefined;
  status?: UserRow['status'] | undefined;
  limit: number;
  offset: number;
}

/** A page of users by email, and the total that match. */
export async function listUsers(
  db: Executor,
  options: UserListOptions,
): Promise<{ rows: UserRow[]; total: number }> {
  let query = db.selectFrom('user_account');
  if (options.q) {
    const pattern = likePattern(options.q.toLowerCase());
    query = query.where((eb) =>
      eb.or([eb('email', 'like', eb.val(pattern)), eb(eb.fn('lower', ['name']), 'like', pattern)]),
    );
  }
  if (options.status) query = query.where('status', '=', options.status);
  const [rows, count] = await Promise.all([
    query.selectAll().orderBy('email').limit(options.limit).offset(options.offset).execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/** How many users exist at all (zero on a fresh install). */
export async function countUsers(db: Executor): Promise<number> {
  const row = await db
    .selectFrom('user_account')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Active users with a secretariat assignment, optionally leaving one user out. */
export async function countActiveSecretariats(
  db: Executor,
  exceptUserId?: string,
): Promise<number> {
  let query = db
    .selectFrom('user_account')
    .where('status', '=', 'active')
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('role_assignment')
          .whereRef('role_assignment.user_id', '=', 'user_account.id')
          .where('role_assignment.role', '=', 'secretariat')
          .select('role_assignment.id'),
      ),
    );
  if (exceptUserId !== undefined) query = query.where('user_account.id', '<>', exceptUserId);
  const row = await query
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The assignments of some users, with their cities. */
export async function listAssignments(
  db: Executor,
  userIds: readonly string[],
): Promise<AssignmentRow[]> {
  if (userIds.length === 0) return [];
  return db
    .selectFrom('role_assignment')
    .leftJoin('city', 'city.id', 'role_assignment.city_id')
    .selectAll('role_assignment')
    .select([
      'city.slug as city_slug',
      'city.name as city_name',
      'city.country_iso3 as city_country_iso3',
    ])
    .where('role_assignment.user_id', 'in', userIds)
    .orderBy('role_assignment.role')
    .orderBy('role_assignment.country_iso3')
    .orderBy('city.slug')
    .execute();
}

/** Replaces every assignment of a user. */
export async function replaceAssignments(
  db: Executor,
  userId: string,
  rows: readonly NewAssignment[],
): Promise<void> {
  await db.deleteFrom('role_assignment').where('user_id', '=', userId).execute();
  if (rows.length > 0) await db.insertInto('role_assignment').values(rows).execute();
}
