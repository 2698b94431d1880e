import type { Executor } from '@frontrunner/db';
import type { AccountsDeps, Clock } from '@frontrunner/services';
import type { CookieSettings } from '../auth/cookies';

/** What every route plugin is built with. */
export interface RouteDeps {
  readonly db: Executor;
  /** Time for writes; the system clock when absent. */
  readonly clock?: Clock | undefined;
}

/** What route plugins that print links for people (on certificates) are built with. */
export interface PublicLinkRouteDeps extends RouteDeps {
  /** Base URL of the web app, no trailing slash (FRONTRUNNER_PUBLIC_URL). */
  readonly publicUrl: string;
}

/** What the account, session and user routes are built with. */
export interface AccountRouteDeps {
  readonly accounts: AccountsDeps;
  readonly cookies: CookieSettings;
  /** The server runs in demo mode (demo accounts with published passwords exist). */
  readonly demo: boolean;
  /** Requests per minute per address to sign-in and recovery routes (before the lockout). */
  readonly authRateLimit: number;
}
