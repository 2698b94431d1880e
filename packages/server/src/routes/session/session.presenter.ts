import { ACTIONS, decide } from '@frontrunner/services';
import type { RequestAuth } from '../../auth/route-policy';
import { presentUser } from '../users/users.presenter';

/** The answer of GET /session: who the caller is, what they may do, and the CSRF token. */
export function presentSession(auth: RequestAuth, demo: boolean) {
  return {
    authenticated: auth.actor.kind !== 'anonymous',
    via: auth.via,
    user: auth.user ? presentUser(auth.user) : null,
    actions: ACTIONS.filter((a) => decide(auth.actor, a) === 'allowed'),
    csrfToken: auth.session?.csrfToken ?? null,
    expiresAt: auth.session?.expiresAt ?? null,
    demo,
  };
}
