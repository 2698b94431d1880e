import { loginThrottleRepository as repo, type Executor } from '@frontrunner/db';
import { TooManyAttemptsError } from '@frontrunner/domain';
import { sha256 } from '../auth/secrets';
import { isoAfter, type AccountSettings } from './accounts-deps';

/**
 * Progressive sign-in lockout, per email and per client address, kept in the database so that
 * every app server sees the same counts. Keyed by the email as typed (hashed), known or not,
 * so a lockout reveals nothing about which accounts exist.
 */
export interface ThrottleKeys {
  readonly account: string;
  readonly address: string | undefined;
}

/** The throttle keys of a sign-in attempt. */
export function throttleKeys(email: string, address: string | undefined): ThrottleKeys {
  return {
    account: `email:${sha256(email)}`,
    address: address === undefined ? undefined : `address:${address}`,
  };
}

function keyList(keys: ThrottleKeys): string[] {
  return keys.address === undefined ? [keys.account] : [keys.account, keys.address];
}

/** Throws {@link TooManyAttemptsError} while either key is locked. */
export async function assertNotLocked(db: Executor, keys: ThrottleKeys, now: Date): Promise<void> {
  const rows = await repo.findThrottles(db, keyList(keys));
  const until = rows
    .map((r) => r.locked_until)
    .filter((t): t is string => t !== null && t > now.toISOString())
    .sort()
    .at(-1);
  if (until !== undefined)
    throw new TooManyAttemptsError(Math.ceil((Date.parse(until) - now.getTime()) / 1000));
}

/**
 * Counts a failed sign-in against both keys and locks a key once it passes its threshold:
 * for the base time at the threshold, doubling with each further failure, up to the maximum.
 */
export async function recordFailedSignIn(
  db: Executor,
  settings: AccountSettings,
  keys: ThrottleKeys,
  now: Date,
): Promise<void> {
  const at = now.toISOString();
  const windowStart = isoAfter(now, -settings.lockoutWindowMs);
  const thresholds: [string | undefined, number][] = [
    [keys.account, settings.accountLockoutThreshold],
    [keys.address, settings.addressLockoutThreshold],
  ];
  for (const [key, threshold] of thresholds) {
    if (key === undefined) continue;
    const failures = await repo.recordFailure(db, key, at, windowStart);
    if (failures >= threshold) {
      const ms = Math.min(
        settings.lockoutBaseMs * 2 ** Math.min(failures - threshold, 20),
        settings.lockoutMaxMs,
      );
      await repo.lockUntil(db, key, isoAfter(now, ms));
    }
  }
}

/** Forgets the failures of an account (after it signed in or reset its password). */
export async function clearAccountFailures(db: Executor, email: string): Promise<void> {
  await repo.clearThrottle(db, throttleKeys(email, undefined).account);
}
