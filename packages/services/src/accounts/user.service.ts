import {
  apiTokenRepository,
  sessionRepository,
  userRepository as repo,
  withTransaction,
  type Executor,
} from '@frontrunner/db';
import { ConflictError, NotFoundError, ValidationError } from '@frontrunner/domain';
import { randomUUID } from 'node:crypto';
import type { ActionContext, Assignment } from '../access/actor';
import { authorize } from '../access/policy';
import { normaliseEmail } from '../auth/password';
import { recordAudit } from '../audit/audit.service';
import { invitationMessage } from '../mail/messages';
import type { AccountsDeps } from './accounts-deps';
import { resolveAssignments, toStored, type AssignmentInput } from './assignments';
import { issueOneTimeToken } from './one-time-tokens';
import { getUserView, toUserView, userSnapshot, type UserStatus, type UserView } from './user-view';

/** A page of users with their assignments. */
export async function listUsers(
  db: Executor,
  ctx: ActionContext,
  options: repo.UserListOptions,
): Promise<{ items: UserView[]; total: number }> {
  authorize(ctx.actor, 'user.read');
  const { rows, total } = await repo.listUsers(db, options);
  const assignments = await repo.listAssignments(
    db,
    rows.map((r) => r.id),
  );
  return { items: rows.map((r) => toUserView(r, assignments)), total };
}

/** One user; throws {@link NotFoundError}. */
export async function getUser(db: Executor, ctx: ActionContext, id: string): Promise<UserView> {
  authorize(ctx.actor, 'user.read');
  return getUserView(db, id);
}

/** Who to invite. */
export interface InviteInput {
  readonly email: string;
  readonly name: string;
  readonly language?: UserView['language'] | undefined;
  readonly assignments: readonly AssignmentInput[];
}

/**
 * Invites a user: an account without a password, their role assignments, and a one-time link
 * by email to choose a password. Throws {@link ConflictError} when the email is taken.
 */
export async function inviteUser(
  deps: AccountsDeps,
  ctx: ActionContext,
  input: InviteInput,
): Promise<UserView> {
  authorize(ctx.actor, 'user.invite');
  const email = normaliseEmail(input.email);
  const assignments = await resolveAssignments(deps.db, input.assignments);
  const { user, link, expiresAt } = await withTransaction(deps.db, async (trx) => {
    if (await repo.findUserByEmail(trx, email))
      throw new ConflictError(`There is already a user with the email ${email}`, { email });
    const id = await insertUserWithAssignments(
      trx,
      deps.clock(),
      {
        email,
        name: input.name.trim(),
        language: input.language ?? 'en',
        status: 'invited',
        password_hash: null,
        is_demo: 0,
      },
      assignments,
    );
    const invitation = await issueOneTimeToken(deps, trx, id, 'invitation');
    const view = await getUserView(trx, id);
    await recordAudit(trx, ctx, deps.clock(), {
      action: 'user.invite',
      entityType: 'user',
      entityId: id,
      after: userSnapshot(view),
    });
    return { user: view, ...invitation };
  });
  await deps.mailer.send(invitationMessage({ to: email, name: user.name, link, expiresAt }));
  return user;
}

/** Inserts a user and their assignments; returns the new id. */
export async function insertUserWithAssignments(
  trx: Executor,
  now: Date,
  row: Omit<repo.NewUser, 'id' | 'created_at' | 'updated_at'>,
  assignments: readonly Assignment[],
): Promise<string> {
  const id = randomUUID();
  const at = now.toISOString();
  await repo.insertUser(trx, { ...row, id, created_at: at, updated_at: at });
  await repo.replaceAssignments(
    trx,
    id,
    assignments.map((a) => ({ ...toStored(a), id: randomUUID(), user_id: id, created_at: at })),
  );
  return id;
}

/** What the secretariat may change of a user. */
export interface UserUpdate {
  readonly name?: string | undefined;
  readonly language?: UserView['language'] | undefined;
  /** `active` or `deactivated`; an invited user becomes active by accepting the invitation. */
  readonly status?: Exclude<UserStatus, 'invited'> | undefined;
  /** Replaces every assignment. */
  readonly assignments?: readonly AssignmentInput[] | undefined;
}

/**
 * Changes a user's name, language, status or role assignments. Deactivation ends their
 * sessions and revokes their API tokens. The last active secretariat cannot be removed.
 */
export async function updateUser(
  deps: Pick<AccountsDeps, 'db' | 'clock'>,
  ctx: ActionContext,
  id: string,
  update: UserUpdate,
  action: 'user.manage' | 'user.deactivate' = 'user.manage',
): Promise<UserView> {
  authorize(ctx.actor, 'user.manage');
  const assignments =
    update.assignments === undefined
      ? undefined
      : await resolveAssignments(deps.db, update.assignments);
  return withTransaction(deps.db, async (trx) => {
    const before = await getUserView(trx, id);
    const row = await repo.findUserById(trx, id);
    if (!row) throw new NotFoundError('user', id);
    const status = update.status ?? before.status;
    if (status === 'active' && before.status !== 'active' && row.password_hash === null)
      throw new ValidationError('An invited user becomes active by accepting the invitation', [
        { field: 'status', message: 'cannot be active before the user has a password' },
      ]);
    const isSecretariat = (s: UserStatus, list: readonly Assignment[]) =>
      s === 'active' && list.some((a) => a.role === 'secretariat');
    const demoted =
      isSecretariat(before.status, before.assignments) &&
      !isSecretariat(status, assignments ?? before.assignments);
    if (demoted && (await repo.countActiveSecretariats(trx, id)) === 0)
      throw new ConflictError('This would leave no active secretariat user', { userId: id });
    const now = deps.clock();
    await repo.updateUser(trx, id, {
      ...(update.name !== undefined ? { name: update.name.trim() } : {}),
      ...(update.language !== undefined ? { language: update.language } : {}),
      status,
      updated_at: now.toISOString(),
    });
    if (assignments !== undefined)
      await repo.replaceAssignments(
        trx,
        id,
        assignments.map((a) => ({
          ...toStored(a),
          id: randomUUID(),
          user_id: id,
          created_at: now.toISOString(),
        })),
      );
    if (status === 'deactivated' && before.status !== 'deactivated') {
      await sessionRepository.deleteSessionsOfUser(trx, id);
      await apiTokenRepository.revokeApiTokensOfUser(trx, id, now.toISOString());
    }
    const after = await getUserView(trx, id);
    await recordAudit(trx, ctx, now, {
      action,
      entityType: 'user',
      entityId: id,
      before: userSnapshot(before),
      after: userSnapshot(after),
    });
    return after;
  });
}

/** Deactivates a user: they cannot sign in, their sessions end and their tokens stop working. */
export async function deactivateUser(
  deps: Pick<AccountsDeps, 'db' | 'clock'>,
  ctx: ActionContext,
  id: string,
): Promise<UserView> {
  return updateUser(deps, ctx, id, { status: 'deactivated' }, 'user.deactivate');
}
