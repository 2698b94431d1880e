import type { Executor } from '@frontrunner/db';
import { systemClock, type Clock } from '../clock';
import type { Mailer } from '../mail/mailer';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Lifetimes and thresholds of sessions, tokens and sign-in lockout, in milliseconds. */
export interface AccountSettings {
  /** A session unused this long ends (12 h). */
  readonly sessionIdleMs: number;
  /** A session ends this long after sign-in, used or not (7 days). */
  readonly sessionAbsoluteMs: number;
  /** Last-use times of sessions and API tokens are written at most this often (1 min). */
  readonly touchIntervalMs: number;
  /** A password reset link works this long (1 h). */
  readonly passwordResetTtlMs: number;
  /** An invitation link works this long (7 days). */
  readonly invitationTtlMs: number;
  /** Failed sign-ins per email before the first lockout (5). */
  readonly accountLockoutThreshold: number;
  /** Failed sign-ins per address before the first lockout (20: offices share addresses). */
  readonly addressLockoutThreshold: number;
  /** The first lockout (1 min); each further failure doubles it … */
  readonly lockoutBaseMs: number;
  /** … up to this (15 min), so that a locked-out owner is not shut out for long. */
  readonly lockoutMaxMs: number;
  /** Failures older than this (24 h) are forgotten. */
  readonly lockoutWindowMs: number;
}

export const DEFAULT_ACCOUNT_SETTINGS: AccountSettings = Object.freeze({
  sessionIdleMs: 12 * HOUR,
  sessionAbsoluteMs: 7 * DAY,
  touchIntervalMs: MINUTE,
  passwordResetTtlMs: HOUR,
  invitationTtlMs: 7 * DAY,
  accountLockoutThreshold: 5,
  addressLockoutThreshold: 20,
  lockoutBaseMs: MINUTE,
  lockoutMaxMs: 15 * MINUTE,
  lockoutWindowMs: DAY,
});

/** What the account services work with. */
export interface AccountsDeps {
  readonly db: Executor;
  readonly clock: Clock;
  readonly mailer: Mailer;
  /** Base URL of the web app (no trailing slash), for links in emails. */
  readonly publicUrl: string;
  readonly settings: AccountSettings;
}

/** Builds {@link AccountsDeps} with defaults for what is not given. */
export function accountsDeps(
  options: Pick<AccountsDeps, 'db' | 'mailer'> &
    Partial<Omit<AccountsDeps, 'settings'>> & { settings?: Partial<AccountSettings> | undefined },
): AccountsDeps {
  return {
    db: options.db,
    mailer: options.mailer,
    clock: options.clock ?? systemClock,
    publicUrl: (options.publicUrl ?? 'http://localhost:3000').replace(/\/+$/, ''),
    settings: { ...DEFAULT_ACCOUNT_SETTINGS, ...options.settings },
  };
}

/** An ISO 8601 time `ms` after `from`. */
export function isoAfter(from: Date, ms: number): string {
  return new Date(from.getTime() + ms).toISOString();
}
