import { oneTimeTokenRepository as repo, type Executor } from '@frontrunner/db';
import { ValidationError } from '@frontrunner/domain';
import { randomUUID } from 'node:crypto';
import { randomSecret, sha256 } from '../auth/secrets';
import { isoAfter, type AccountsDeps } from './accounts-deps';

/** What a one-time token is for. */
export type OneTimeTokenKind = 'password_reset' | 'invitation';

/**
 * Issues a one-time token: random, stored only as its hash, expiring, and superseding any
 * unused token of the same kind for the user. Returns the token and the link to email.
 */
export async function issueOneTimeToken(
  deps: Pick<AccountsDeps, 'clock' | 'settings' | 'publicUrl'>,
  trx: Executor,
  userId: string,
  kind: OneTimeTokenKind,
): Promise<{ link: string; expiresAt: string }> {
  const now = deps.clock();
  const token = randomSecret();
  const ttl =
    kind === 'invitation' ? deps.settings.invitationTtlMs : deps.settings.passwordResetTtlMs;
  const expiresAt = isoAfter(now, ttl);
  await repo.supersedeOneTimeTokens(trx, userId, kind, now.toISOString());
  await repo.insertOneTimeToken(trx, {
    id: randomUUID(),
    kind,
    user_id: userId,
    token_hash: sha256(token),
    created_at: now.toISOString(),
    expires_at: expiresAt,
    used_at: null,
  });
  // The token rides in the fragment (#), which browsers never send to a server or a Referer.
  const page = kind === 'invitation' ? 'accept-invitation' : 'reset-password';
  return { link: `${deps.publicUrl}/${page}#token=${token}`, expiresAt };
}

/**
 * Uses a one-time token: it must exist, be of this kind, unexpired and unused. Marks it used in
 * the caller's transaction and returns the user id; otherwise throws {@link ValidationError}.
 */
export async function consumeOneTimeToken(
  deps: Pick<AccountsDeps, 'clock'>,
  trx: Executor,
  token: string,
  kind: OneTimeTokenKind,
): Promise<string> {
  const invalid = new ValidationError('This link is not valid: it may have expired or been used', [
    { field: 'token', message: 'is unknown, used or expired' },
  ]);
  const row = await repo.findOneTimeTokenByHash(trx, sha256(token));
  const now = deps.clock().toISOString();
  if (!row || row.kind !== kind || row.used_at !== null || row.expires_at <= now) throw invalid;
  if (!(await repo.markOneTimeTokenUsed(trx, row.id, now))) throw invalid;
  return row.user_id;
}
