import { sessionRepository, userRepository as repo, withTransaction } from '@frontrunner/db';
import { ValidationError } from '@frontrunner/domain';
import type { ActionContext } from '../access/actor';
import { checkNewPassword, hashPassword, normaliseEmail } from '../auth/password';
import { recordAudit } from '../audit/audit.service';
import { passwordResetMessage } from '../mail/messages';
import type { AccountsDeps } from './accounts-deps';
import { clearAccountFailures } from './lockout';
import { consumeOneTimeToken, issueOneTimeToken } from './one-time-tokens';
import { createSession, userActor, type ClientInfo, type SessionGrant } from './session.service';
import { getUserView } from './user-view';

/**
 * Asks for a password reset. When the email belongs to an active user, a one-time link is
 * emailed; otherwise nothing happens. The caller answers the same either way.
 */
export async function requestPasswordReset(
  deps: AccountsDeps,
  ctx: ActionContext,
  email: string,
): Promise<void> {
  const row = await repo.findUserByEmail(deps.db, normaliseEmail(email));
  if (!row || row.status !== 'active') return;
  const { link, expiresAt } = await withTransaction(deps.db, async (trx) => {
    const issued = await issueOneTimeToken(deps, trx, row.id, 'password_reset');
    await recordAudit(trx, ctx, deps.clock(), {
      action: 'password_reset.request',
      entityType: 'user',
      entityId: row.id,
      after: { expiresAt: issued.expiresAt },
    });
    return issued;
  });
  await deps.mailer.send(passwordResetMessage({ to: row.email, name: row.name, link, expiresAt }));
}

/**
 * Sets a new password with a reset token. The token is used up, every session of the user
 * ends, and the account's failed sign-ins are forgotten.
 */
export async function confirmPasswordReset(
  deps: AccountsDeps,
  ctx: ActionContext,
  input: { token: string; password: string },
): Promise<void> {
  const hashed = await hashPassword(input.password);
  await withTransaction(deps.db, async (trx) => {
    const userId = await consumeOneTimeToken(deps, trx, input.token, 'password_reset');
    const row = await repo.findUserById(trx, userId);
    if (!row || row.status !== 'active')
      throw new ValidationError('This account cannot sign in', [
        { field: 'token', message: 'belongs to an inactive account' },
      ]);
    checkNewPassword(input.password, row.email);
    const now = deps.clock();
    await repo.updateUser(trx, userId, { password_hash: hashed, updated_at: now.toISOString() });
    await sessionRepository.deleteSessionsOfUser(trx, userId);
    await clearAccountFailures(trx, row.email);
    await recordAudit(trx, { ...ctx, actor: userActor(userId, []) }, now, {
      action: 'password_reset.confirm',
      entityType: 'user',
      entityId: userId,
      after: { passwordChanged: true, sessionsEnded: true },
    });
  });
}

/**
 * Accepts an invitation: sets the password (and optionally the name), activates the account
 * and signs the user in.
 */
export async function acceptInvitation(
  deps: AccountsDeps,
  ctx: ActionContext,
  input: {
    token: string;
    password: string;
    name?: string | undefined;
    userAgent?: string | undefined;
  },
): Promise<SessionGrant> {
  const hashed = await hashPassword(input.password);
  const { session, userId } = await withTransaction(deps.db, async (trx) => {
    const userId = await consumeOneTimeToken(deps, trx, input.token, 'invitation');
    const row = await repo.findUserById(trx, userId);
    if (!row || row.status !== 'invited')
      throw new ValidationError('This invitation is no longer valid', [
        { field: 'token', message: 'is no longer valid' },
      ]);
    checkNewPassword(input.password, row.email);
    const now = deps.clock();
    const name = input.name?.trim() || row.name;
    await repo.updateUser(trx, userId, {
      password_hash: hashed,
      status: 'active',
      name,
      updated_at: now.toISOString(),
    });
    const client: ClientInfo = { address: ctx.address, userAgent: input.userAgent };
    const session = await createSession(deps, trx, userId, client);
    await recordAudit(trx, { ...ctx, actor: userActor(userId, [], session.sessionId) }, now, {
      action: 'invitation.accept',
      entityType: 'user',
      entityId: userId,
      before: { status: row.status, name: row.name },
      after: { status: 'active', name },
    });
    return { session, userId };
  });
  return { ...session, user: await getUserView(deps.db, userId) };
}
