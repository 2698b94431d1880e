import { userRepository as repo, withTransaction, type Executor } from '@frontrunner/db';
import { ConflictError } from '@frontrunner/domain';
import type { ActionContext, Assignment } from '../access/actor';
import { authorize } from '../access/policy';
import { checkNewPassword, hashPassword, normaliseEmail } from '../auth/password';
import { recordAudit } from '../audit/audit.service';
import type { AccountsDeps } from './accounts-deps';
import { resolveAssignments, type AssignmentInput } from './assignments';
import { insertUserWithAssignments } from './user.service';
import { getUserView, userSnapshot, type UserView } from './user-view';

/** How many users exist (zero on a fresh install, when the first admin is still to be created). */
export async function countUsers(db: Executor): Promise<number> {
  return repo.countUsers(db);
}

/** An active user with a password, created by an operator (the first admin) or the demo seed. */
export interface NewActiveUser {
  readonly email: string;
  readonly name: string;
  readonly password: string;
  readonly assignments: readonly AssignmentInput[];
  readonly isDemo?: boolean | undefined;
}

/**
 * Checks a new active user without writing (the CLI's `--dry-run`): password rules, the
 * assignments, a free email. Returns the resolved assignments.
 */
export async function checkActiveUser(db: Executor, input: NewActiveUser): Promise<Assignment[]> {
  const email = normaliseEmail(input.email);
  checkNewPassword(input.password, email);
  const assignments = await resolveAssignments(db, input.assignments);
  if (await repo.findUserByEmail(db, email))
    throw new ConflictError(`There is already a user with the email ${email}`, { email });
  return assignments;
}

/**
 * Creates an active user with a password, checked against the password rules. Used by
 * `frontrunner users create-admin` (the CLI's local operator) and the demo seed.
 * Throws {@link ConflictError} when the email is taken.
 */
export async function createActiveUser(
  deps: Pick<AccountsDeps, 'db' | 'clock'>,
  ctx: ActionContext,
  input: NewActiveUser,
): Promise<UserView> {
  authorize(ctx.actor, 'user.manage');
  const email = normaliseEmail(input.email);
  const assignments = await checkActiveUser(deps.db, input);
  const passwordHash = await hashPassword(input.password);
  return withTransaction(deps.db, async (trx) => {
    if (await repo.findUserByEmail(trx, email))
      throw new ConflictError(`There is already a user with the email ${email}`, { email });
    const now = deps.clock();
    const id = await insertUserWithAssignments(
      trx,
      now,
      {
        email,
        name: input.name.trim(),
        language: 'en',
        status: 'active',
        password_hash: passwordHash,
        is_demo: input.isDemo ? 1 : 0,
      },
      assignments,
    );
    const view = await getUserView(trx, id);
    await recordAudit(trx, ctx, now, {
      action: 'user.create',
      entityType: 'user',
      entityId: id,
      after: { ...userSnapshot(view), isDemo: view.isDemo },
    });
    return view;
  });
}
