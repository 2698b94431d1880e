import { sessionRepository, userRepository as repo, withTransaction } from '@frontrunner/db';
import { ForbiddenError, UnauthenticatedError, ValidationError } from '@frontrunner/domain';
import type { ActionContext, Actor } from '../access/actor';
import { authorize } from '../access/policy';
import { checkNewPassword, hashPassword, verifyPassword } from '../auth/password';
import { recordAudit } from '../audit/audit.service';
import type { AccountsDeps } from './accounts-deps';
import { getUserView, type UserView } from './user-view';

/** The signed-in user's own account. */
export async function getAccount(
  deps: Pick<AccountsDeps, 'db'>,
  ctx: ActionContext,
): Promise<UserView> {
  authorize(ctx.actor, 'account.read');
  return getUserView(deps.db, ownUserId(ctx.actor));
}

/** What a user may change of their own account. */
export interface AccountUpdate {
  readonly name?: string | undefined;
  readonly language?: UserView['language'] | undefined;
  /** Required to set a new password. */
  readonly currentPassword?: string | undefined;
  readonly newPassword?: string | undefined;
}

/**
 * Changes one's own name, language or password. A new password needs the current one and
 * ends every other session of the user. Demo accounts keep their published password.
 */
export async function updateAccount(
  deps: Pick<AccountsDeps, 'db' | 'clock'>,
  ctx: ActionContext,
  update: AccountUpdate,
): Promise<UserView> {
  authorize(ctx.actor, 'account.update');
  const userId = ownUserId(ctx.actor);
  const row = await repo.findUserById(deps.db, userId);
  if (!row) throw new UnauthenticatedError();
  let passwordHash: string | undefined;
  if (update.newPassword !== undefined) {
    if (Number(row.is_demo) === 1)
      throw new ForbiddenError('account.update', 'Demo accounts keep their published password');
    if (
      update.currentPassword === undefined ||
      !(await verifyPassword(row.password_hash, update.currentPassword))
    )
      throw new ValidationError('The current password is not right', [
        { field: 'currentPassword', message: 'is not right' },
      ]);
    checkNewPassword(update.newPassword, row.email, 'newPassword');
    passwordHash = await hashPassword(update.newPassword);
  }
  const changes = {
    ...(update.name !== undefined ? { name: update.name.trim() } : {}),
    ...(update.language !== undefined ? { language: update.language } : {}),
    ...(passwordHash !== undefined ? { password_hash: passwordHash } : {}),
  };
  if (Object.keys(changes).length === 0) return getUserView(deps.db, userId);
  return withTransaction(deps.db, async (trx) => {
    const now = deps.clock();
    await repo.updateUser(trx, userId, { ...changes, updated_at: now.toISOString() });
    if (passwordHash !== undefined)
      await sessionRepository.deleteOtherSessions(trx, userId, ownSessionId(ctx.actor));
    await recordAudit(trx, ctx, now, {
      action: 'account.update',
      entityType: 'user',
      entityId: userId,
      before: { name: row.name, language: row.language },
      after: {
        name: changes.name ?? row.name,
        language: changes.language ?? row.language,
        passwordChanged: passwordHash !== undefined,
      },
    });
    return getUserView(trx, userId);
  });
}

function ownSessionId(actor: Actor): string | undefined {
  return actor.kind === 'user' ? actor.sessionId : undefined;
}

/** The id of the user acting for themselves; throws for anyone else. */
export function ownUserId(actor: Actor): string {
  if (actor.kind === 'user' || actor.kind === 'token') return actor.userId;
  throw new UnauthenticatedError();
}
