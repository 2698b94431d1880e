import { apiTokenRepository as repo, userRepository, withTransaction } from '@frontrunner/db';
import { NotFoundError, ValidationError } from '@frontrunner/domain';
import { randomUUID } from 'node:crypto';
import type { ActionContext, Actor, Assignment } from '../access/actor';
import { authorize } from '../access/policy';
import { API_TOKEN_PREFIX, randomSecret, sha256 } from '../auth/secrets';
import { recordAudit } from '../audit/audit.service';
import { isoAfter, type AccountsDeps } from './accounts-deps';
import { ownUserId } from './account.service';
import {
  assignmentKey,
  resolveAssignments,
  toStored,
  type AssignmentInput,
  type StoredAssignment,
} from './assignments';
import { getUserView, toUserView, type UserView } from './user-view';

/** An API token as its owner sees it: never the token itself after creation, never its hash. */
export interface ApiTokenView {
  id: string;
  name: string;
  /** The first characters of the token, e.g. `fr_Ab3dE9`, to recognise it. */
  prefix: string;
  /** What the token may do now: its assignments that the owner still holds. */
  assignments: Assignment[];
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

/** What to create a token with. */
export interface ApiTokenInput {
  readonly name: string;
  /** A subset of the owner's assignments; all of them when absent. */
  readonly assignments?: readonly AssignmentInput[] | undefined;
  /** Days until it stops working; never when absent. */
  readonly expiresInDays?: number | undefined;
}

/**
 * Creates an API token for the signed-in user. The token is returned once, here, and only its
 * hash is stored. It carries a subset of the owner's assignments.
 */
export async function createApiToken(
  deps: Pick<AccountsDeps, 'db' | 'clock'>,
  ctx: ActionContext,
  input: ApiTokenInput,
): Promise<{ token: string; view: ApiTokenView }> {
  authorize(ctx.actor, 'token.create');
  const owner = await getUserView(deps.db, ownUserId(ctx.actor));
  const held = new Set(owner.assignments.map((a) => assignmentKey(toStored(a))));
  const chosen =
    input.assignments === undefined
      ? owner.assignments
      : await resolveAssignments(deps.db, input.assignments);
  const problems = chosen
    .map((a, i) => ({ a, i }))
    .filter(({ a }) => !held.has(assignmentKey(toStored(a))))
    .map(({ i }) => ({
      field: `assignments[${i}]`,
      message: 'is not one of your own assignments',
    }));
  if (problems.length > 0)
    throw new ValidationError('A token can only carry your own assignments', problems);
  const now = deps.clock();
  const token = `${API_TOKEN_PREFIX}${randomSecret()}`;
  const id = randomUUID();
  const row = {
    id,
    user_id: owner.id,
    name: input.name.trim(),
    token_hash: sha256(token),
    token_prefix: token.slice(0, 9),
    assignments: JSON.stringify(chosen.map(toStored)),
    created_at: now.toISOString(),
    expires_at:
      input.expiresInDays === undefined ? null : isoAfter(now, input.expiresInDays * 86_400_000),
    last_used_at: null,
    revoked_at: null,
  };
  const view = toView(row, owner.assignments);
  await withTransaction(deps.db, async (trx) => {
    await repo.insertApiToken(trx, row);
    await recordAudit(trx, ctx, now, {
      action: 'token.create',
      entityType: 'api_token',
      entityId: id,
      after: snapshot(view),
    });
  });
  return { token, view };
}

/** The signed-in user's tokens, newest first. */
export async function listApiTokens(
  deps: Pick<AccountsDeps, 'db'>,
  ctx: ActionContext,
): Promise<ApiTokenView[]> {
  authorize(ctx.actor, 'token.read');
  const owner = await getUserView(deps.db, ownUserId(ctx.actor));
  return (await repo.listApiTokens(deps.db, owner.id)).map((r) => toView(r, owner.assignments));
}

/** Revokes one of the signed-in user's tokens; it stops working at once. */
export async function revokeApiToken(
  deps: Pick<AccountsDeps, 'db' | 'clock'>,
  ctx: ActionContext,
  id: string,
): Promise<void> {
  authorize(ctx.actor, 'token.revoke');
  const userId = ownUserId(ctx.actor);
  await withTransaction(deps.db, async (trx) => {
    const row = await repo.findApiToken(trx, id, userId);
    if (!row) throw new NotFoundError('API token', id);
    const now = deps.clock();
    if (!(await repo.revokeApiToken(trx, id, userId, now.toISOString()))) return;
    await recordAudit(trx, ctx, now, {
      action: 'token.revoke',
      entityType: 'api_token',
      entityId: id,
      before: { name: row.name, prefix: row.token_prefix, revokedAt: null },
      after: { name: row.name, prefix: row.token_prefix, revokedAt: now.toISOString() },
    });
  });
}

/**
 * The actor of a bearer token, if it is live: known, not revoked, not expired, of an active
 * owner. Its last-used time is written at most once a touch interval.
 */
export async function authenticateApiToken(
  deps: Pick<AccountsDeps, 'db' | 'clock' | 'settings'>,
  token: string,
): Promise<{ actor: Extract<Actor, { kind: 'token' }>; user: UserView } | undefined> {
  if (!token.startsWith(API_TOKEN_PREFIX)) return undefined;
  const row = await repo.findApiTokenByHash(deps.db, sha256(token));
  const now = deps.clock();
  if (
    !row ||
    row.revoked_at !== null ||
    (row.expires_at !== null && row.expires_at <= now.toISOString())
  )
    return undefined;
  const owner = await userRepository.findUserById(deps.db, row.user_id);
  if (!owner || owner.status !== 'active') return undefined;
  const user = toUserView(owner, await userRepository.listAssignments(deps.db, [owner.id]));
  const last = row.last_used_at === null ? 0 : Date.parse(row.last_used_at);
  if (now.getTime() - last >= deps.settings.touchIntervalMs)
    await repo.touchApiToken(deps.db, row.id, now.toISOString());
  return {
    actor: {
      kind: 'token',
      tokenId: row.id,
      userId: owner.id,
      assignments: effective(row.assignments, user.assignments),
    },
    user,
  };
}

/** The token's assignments that its owner still holds. */
function effective(stored: string, held: readonly Assignment[]): Assignment[] {
  const keys = new Set((JSON.parse(stored) as StoredAssignment[]).map(assignmentKey));
  return held.filter((a) => keys.has(assignmentKey(toStored(a))));
}

function toView(row: repo.ApiTokenRow, held: readonly Assignment[]): ApiTokenView {
  return {
    id: row.id,
    name: row.name,
    prefix: row.token_prefix,
    assignments: effective(row.assignments, held),
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    lastUsedAt: row.last_used_at,
    revokedAt: row.revoked_at,
  };
}

function snapshot(view: ApiTokenView): Record<string, unknown> {
  return {
    name: view.name,
    prefix: view.prefix,
    expiresAt: view.expiresAt,
    assignments: view.assignments.map((a) => ({
      role: a.role,
      country: a.country,
      city: a.city?.slug ?? null,
    })),
  };
}
