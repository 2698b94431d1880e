import {
  sessionRepository as repo,
  userRepository,
  withTransaction,
  type Executor,
} from '@frontrunner/db';
import { InvalidCredentialsError, UnauthenticatedError } from '@frontrunner/domain';
import { randomUUID } from 'node:crypto';
import type { ActionContext, Actor } from '../access/actor';
import { normaliseEmail, verifyPassword } from '../auth/password';
import { csrfTokenFor, randomSecret, sha256 } from '../auth/secrets';
import { recordAudit } from '../audit/audit.service';
import { isoAfter, type AccountsDeps } from './accounts-deps';
import { assertNotLocked, clearAccountFailures, recordFailedSignIn, throttleKeys } from './lockout';
import { getUserView, toUserView, type UserView } from './user-view';

/** A new session: the token goes into an HttpOnly cookie and is never stored or logged. */
export interface SessionGrant {
  readonly token: string;
  /** Send back in `x-csrf-token` on every unsafe request (double submit). */
  readonly csrfToken: string;
  readonly sessionId: string;
  /** When the session ends if not used (ISO 8601); use extends it. */
  readonly expiresAt: string;
  /** When the session ends at the latest (ISO 8601). */
  readonly absoluteExpiresAt: string;
  readonly user: UserView;
}

/** A session that checked out, with its user. */
export interface SessionAuth {
  readonly actor: Extract<Actor, { kind: 'user' }>;
  readonly user: UserView;
  readonly sessionId: string;
  readonly csrfToken: string;
  /** When the session ends if not used again (ISO 8601). */
  readonly expiresAt: string;
}

/** Where a sign-in comes from. */
export interface ClientInfo {
  readonly address?: string | undefined;
  readonly userAgent?: string | undefined;
}

/** Opens a session for a user (inside the caller's transaction, if any). */
export async function createSession(
  deps: Pick<AccountsDeps, 'db' | 'clock' | 'settings'>,
  trx: Executor,
  userId: string,
  client: ClientInfo = {},
): Promise<Omit<SessionGrant, 'user'>> {
  const now = deps.clock();
  const token = randomSecret();
  const sessionId = randomUUID();
  const absoluteExpiresAt = isoAfter(now, deps.settings.sessionAbsoluteMs);
  const expiresAt = isoAfter(
    now,
    Math.min(deps.settings.sessionIdleMs, deps.settings.sessionAbsoluteMs),
  );
  await repo.deleteExpiredSessions(trx, userId, now.toISOString());
  await repo.insertSession(trx, {
    id: sessionId,
    token_hash: sha256(token),
    user_id: userId,
    created_at: now.toISOString(),
    last_used_at: now.toISOString(),
    idle_expires_at: expiresAt,
    absolute_expires_at: absoluteExpiresAt,
    address: client.address ?? null,
    user_agent: client.userAgent?.slice(0, 300) ?? null,
  });
  return { token, csrfToken: csrfTokenFor(token), sessionId, expiresAt, absoluteExpiresAt };
}

/**
 * Signs in with email and password. Locked keys are refused first; an unknown email, a wrong
 * password and an account that cannot sign in all fail alike, after the same hashing work.
 * A session the browser already had is ended (the session rotates at sign-in).
 */
export async function signIn(
  deps: AccountsDeps,
  ctx: ActionContext,
  input: {
    email: string;
    password: string;
    userAgent?: string | undefined;
    previousToken?: string | undefined;
  },
): Promise<SessionGrant> {
  const email = normaliseEmail(input.email);
  const keys = throttleKeys(email, ctx.address);
  await assertNotLocked(deps.db, keys, deps.clock());
  const row = await userRepository.findUserByEmail(deps.db, email);
  const usable = row !== undefined && row.status === 'active' ? row.password_hash : null;
  const ok = await verifyPassword(usable, input.password);
  if (!ok || !row) {
    await recordFailedSignIn(deps.db, deps.settings, keys, deps.clock());
    throw new InvalidCredentialsError();
  }
  await clearAccountFailures(deps.db, email);
  const grant = await withTransaction(deps.db, async (trx) => {
    if (input.previousToken) {
      const previous = await repo.findSessionByTokenHash(trx, sha256(input.previousToken));
      if (previous) await repo.deleteSession(trx, previous.id);
    }
    const session = await createSession(deps, trx, row.id, {
      address: ctx.address,
      userAgent: input.userAgent,
    });
    await recordAudit(
      trx,
      { ...ctx, actor: userActor(row.id, [], session.sessionId) },
      deps.clock(),
      {
        action: 'session.create',
        entityType: 'session',
        entityId: session.sessionId,
        after: { userId: row.id, absoluteExpiresAt: session.absoluteExpiresAt },
      },
    );
    return session;
  });
  return {
    ...grant,
    user: toUserView(row, await userRepository.listAssignments(deps.db, [row.id])),
  };
}

/**
 * The session of a token, if it is live: not idle too long, not past its absolute expiry, of
 * an active user. Use moves the idle expiry forward, written at most once a touch interval.
 */
export async function authenticateSession(
  deps: Pick<AccountsDeps, 'db' | 'clock' | 'settings'>,
  token: string,
): Promise<SessionAuth | undefined> {
  const session = await repo.findSessionByTokenHash(deps.db, sha256(token));
  if (!session) return undefined;
  const now = deps.clock();
  const iso = now.toISOString();
  if (session.idle_expires_at <= iso || session.absolute_expires_at <= iso) {
    await repo.deleteSession(deps.db, session.id);
    return undefined;
  }
  const user = await getUserView(deps.db, session.user_id);
  if (user.status !== 'active') return undefined;
  let idle = session.idle_expires_at;
  if (now.getTime() - Date.parse(session.last_used_at) >= deps.settings.touchIntervalMs) {
    const moved = isoAfter(now, deps.settings.sessionIdleMs);
    idle = moved < session.absolute_expires_at ? moved : session.absolute_expires_at;
    await repo.touchSession(deps.db, session.id, { last_used_at: iso, idle_expires_at: idle });
  }
  return {
    actor: userActor(user.id, user.assignments, session.id),
    user,
    sessionId: session.id,
    csrfToken: csrfTokenFor(token),
    expiresAt: idle < session.absolute_expires_at ? idle : session.absolute_expires_at,
  };
}

/** Ends the actor's current session; nothing to do for anyone else. */
export async function signOut(
  deps: Pick<AccountsDeps, 'db' | 'clock'>,
  ctx: ActionContext,
): Promise<void> {
  const actor = ctx.actor;
  if (actor.kind !== 'user' || actor.sessionId === undefined) return;
  const sessionId = actor.sessionId;
  await withTransaction(deps.db, async (trx) => {
    await repo.deleteSession(trx, sessionId);
    await recordAudit(trx, ctx, deps.clock(), {
      action: 'session.delete',
      entityType: 'session',
      entityId: sessionId,
    });
  });
}

/** Ends every session of the signed-in user, this one included; returns how many ended. */
export async function signOutEverywhere(
  deps: Pick<AccountsDeps, 'db' | 'clock'>,
  ctx: ActionContext,
): Promise<number> {
  const actor = ctx.actor;
  if (actor.kind !== 'user') throw new UnauthenticatedError();
  return withTransaction(deps.db, async (trx) => {
    const ended = await repo.deleteSessionsOfUser(trx, actor.userId);
    await recordAudit(trx, ctx, deps.clock(), {
      action: 'session.delete_all',
      entityType: 'user',
      entityId: actor.userId,
      after: { sessionsEnded: ended },
    });
    return ended;
  });
}

/** The actor of a signed-in user. */
export function userActor(
  userId: string,
  assignments: UserView['assignments'],
  sessionId?: string,
): Extract<Actor, { kind: 'user' }> {
  return { kind: 'user', userId, assignments, sessionId };
}
