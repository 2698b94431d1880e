import { userRepository as repo, type Executor } from '@frontrunner/db';
import { NotFoundError } from '@frontrunner/domain';
import type { Assignment } from '../access/actor';
import { toAssignment } from './assignments';

/** Status of an account: invited (no password yet), active, or deactivated (cannot sign in). */
export type UserStatus = 'invited' | 'active' | 'deactivated';

/** A user as the services hand it out: never the password hash. */
export interface UserView {
  id: string;
  /** Lower case. */
  email: string;
  name: string;
  language: 'en' | 'km' | 'lo' | 'my';
  status: UserStatus;
  /** A seeded demo account with a published password. */
  isDemo: boolean;
  assignments: Assignment[];
  /** ISO 8601 UTC. */
  createdAt: string;
  updatedAt: string;
}

/** A row and its assignments as a {@link UserView}. */
export function toUserView(
  row: repo.UserRow,
  assignments: readonly repo.AssignmentRow[],
): UserView {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    language: row.language,
    status: row.status,
    isDemo: Number(row.is_demo) === 1,
    assignments: assignments.filter((a) => a.user_id === row.id).map(toAssignment),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** One user with assignments; throws {@link NotFoundError}. */
export async function getUserView(db: Executor, id: string): Promise<UserView> {
  const row = await repo.findUserById(db, id);
  if (!row) throw new NotFoundError('user', id);
  return toUserView(row, await repo.listAssignments(db, [id]));
}

/** What the audit trail keeps of a user: plain fields, never the hash. */
export function userSnapshot(user: UserView): Record<string, unknown> {
  return {
    email: user.email,
    name: user.name,
    language: user.language,
    status: user.status,
    assignments: user.assignments.map((a) => ({
      role: a.role,
      country: a.country,
      city: a.city?.slug ?? null,
    })),
  };
}
