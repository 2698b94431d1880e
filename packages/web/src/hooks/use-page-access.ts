import type { Session } from '../api/account-types.ts';
import { decideAccess, type AccessDecision, type CityRef } from '../lib/access.ts';
import { useSession } from './use-session.ts';

/** Whether a page may show, and for whom. */
export type PageAccess =
  | { readonly state: 'loading' }
  | { readonly state: 'error'; readonly error: unknown; readonly retry: () => void }
  | { readonly state: Exclude<AccessDecision, 'allowed'>; readonly session: Session }
  | { readonly state: 'allowed'; readonly session: Session };

/**
 * Decides whether the current user may see a page that needs `action` (on `city` when given):
 * the page then shows, or a friendly "sign in" (401) or "not for your account" (403) state.
 * The server checks every request again; this only avoids showing what would fail.
 */
export function usePageAccess(action: string, city?: CityRef): PageAccess {
  const session = useSession();
  if (session.isPending) return { state: 'loading' };
  if (session.isError) {
    return { state: 'error', error: session.error, retry: () => void session.refetch() };
  }
  return { state: decideAccess(session.data, action, city), session: session.data };
}
