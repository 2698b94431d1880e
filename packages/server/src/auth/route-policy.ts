import type { Action, ActionContext, Actor, UserView } from '@frontrunner/services';
import type { FastifyRequest } from 'fastify';

/**
 * What a route declares in its config: the policy action it performs and, for scoped actions,
 * which path parameter names the resource. Every route that changes data must declare one
 * (see `installAuth`); a GET route without one is public.
 * @example { config: routePolicy('city.update', { cityParam: 'slug' }) }
 */
export interface RoutePolicy {
  readonly action: Action;
  /** The path parameter holding the slug of the city the action is on. */
  readonly cityParam?: string | undefined;
}

/** Who a request acts as, set by the auth hook on every route with a policy. */
export interface RequestAuth {
  readonly actor: Actor;
  /** The signed-in user (the owner, for a token). */
  readonly user: UserView | null;
  /** How the request authenticated. */
  readonly via: 'session' | 'token' | null;
  /** The browser session, when `via` is `session`. */
  readonly session: {
    readonly id: string;
    readonly csrfToken: string;
    readonly expiresAt: string;
  } | null;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The policy of the route (required for POST, PUT, PATCH and DELETE). */
    policy?: RoutePolicy;
  }
  interface FastifyRequest {
    /** Who the request acts as; anonymous on routes without a policy. */
    auth: RequestAuth;
  }
}

/** A route's `config` declaring its policy. */
export function routePolicy(
  action: Action,
  options: Omit<RoutePolicy, 'action'> = {},
): { policy: RoutePolicy } {
  return { policy: { action, ...options } };
}

/** The public, on routes where nobody signed in. */
export const ANONYMOUS_AUTH: RequestAuth = Object.freeze({
  actor: Object.freeze({ kind: 'anonymous' as const }),
  user: null,
  via: null,
  session: null,
});

/** Who acts, the request id and the client address: what services record in the audit trail. */
export function actionContext(request: FastifyRequest): ActionContext {
  return { actor: request.auth.actor, requestId: request.id, address: request.ip };
}
