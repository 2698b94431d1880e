import {
  apiTokenService,
  authorize,
  cityProgrammeService,
  sessionService,
  type AccountsDeps,
} from '@frontrunner/services';
import { UnauthenticatedError } from '@frontrunner/domain';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { timingSafeEqual } from 'node:crypto';
import { errorBody } from '../http-error';
import { clearSessionCookies, CSRF_HEADER, SESSION_COOKIE, type CookieSettings } from './cookies';
import { ANONYMOUS_AUTH, type RequestAuth } from './route-policy';

/** Methods that change data: each of their routes must declare a policy. */
export const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Thrown at startup for a route that changes data without declaring its policy. */
export class MissingRoutePolicyError extends Error {
  constructor(method: string, url: string) {
    super(
      `${method} ${url} changes data but declares no policy: add config: routePolicy('<action>')`,
    );
    this.name = 'MissingRoutePolicyError';
  }
}

/**
 * Installs authentication and authorization on the root instance, before any route:
 * - an `onRoute` hook that refuses to register a POST/PUT/PATCH/DELETE route without a policy;
 * - a `preValidation` hook on every route with a policy that authenticates (bearer token or
 *   session cookie), checks CSRF for unsafe requests of cookie sessions, resolves the resource
 *   and calls the one `authorize`. Handlers hold no permission logic.
 * Authorization runs before body validation, so the unauthorized learn nothing from 400s.
 */
export function installAuth(
  app: FastifyInstance,
  deps: { accounts: AccountsDeps; cookies: CookieSettings },
): void {
  app.decorateRequest('auth', null as unknown as RequestAuth);
  app.addHook('onRequest', async (request) => {
    request.auth = ANONYMOUS_AUTH;
  });
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    const policy = route.config?.policy;
    for (const method of methods)
      if (UNSAFE_METHODS.has(method) && !policy)
        throw new MissingRoutePolicyError(method, route.url);
  });
  app.addHook('preValidation', async (request, reply) => {
    const policy = request.routeOptions.config.policy;
    if (!policy) return;
    request.auth = await authenticate(request, reply, deps);
    if (UNSAFE_METHODS.has(request.method) && request.auth.via === 'session' && !csrfOk(request))
      return reply
        .status(403)
        .send(
          errorBody(
            'CSRF_FAILED',
            `Send the CSRF token of your session in the ${CSRF_HEADER} header (it is in the fr_csrf cookie and in GET /api/v1/session)`,
            request.id,
          ),
        );
    const actor = request.auth.actor;
    authorize(actor, policy.action);
    if (policy.cityParam !== undefined) {
      const slug = (request.params as Record<string, string | undefined>)[policy.cityParam] ?? '';
      authorize(
        actor,
        policy.action,
        await cityProgrammeService.cityResource(deps.accounts.db, slug),
      );
    }
  });
}

async function authenticate(
  request: FastifyRequest,
  reply: FastifyReply,
  deps: { accounts: AccountsDeps; cookies: CookieSettings },
): Promise<RequestAuth> {
  const header = request.headers.authorization;
  if (header !== undefined) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    const found = match?.[1]
      ? await apiTokenService.authenticateApiToken(deps.accounts, match[1])
      : undefined;
    if (!found) throw new UnauthenticatedError('The API token is not valid, revoked or expired');
    return { actor: found.actor, user: found.user, via: 'token', session: null };
  }
  const token = request.cookies[SESSION_COOKIE];
  if (!token) return ANONYMOUS_AUTH;
  const session = await sessionService.authenticateSession(deps.accounts, token);
  if (!session) {
    clearSessionCookies(reply, deps.cookies);
    return ANONYMOUS_AUTH;
  }
  return {
    actor: session.actor,
    user: session.user,
    via: 'session',
    session: { id: session.sessionId, csrfToken: session.csrfToken, expiresAt: session.expiresAt },
  };
}

/** Signed double submit: the header must carry the token derived from this very session. */
function csrfOk(request: FastifyRequest): boolean {
  const sent = request.headers[CSRF_HEADER];
  const expected = request.auth.session?.csrfToken;
  if (typeof sent !== 'string' || expected === undefined) return false;
  const a = Buffer.from(sent);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
