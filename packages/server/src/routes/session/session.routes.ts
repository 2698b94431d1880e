import { sessionService, type SessionGrant } from '@frontrunner/services';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { clearSessionCookies, SESSION_COOKIE, setSessionCookies } from '../../auth/cookies';
import { actionContext, routePolicy, type RequestAuth } from '../../auth/route-policy';
import { policyErrors } from '../common/auth.schema';
import type { AccountRouteDeps } from '../route-deps';
import { presentSession } from './session.presenter';
import { sessionSchema, signInBody } from './session.schema';

/** Sign in, who am I, sign out, sign out everywhere. */
export function sessionRoutes(deps: AccountRouteDeps): FastifyPluginAsyncZod {
  return async (app) => {
    // A session answer carries its CSRF token: never stored by a cache, never compressed. Set
    // on the request, so the app's compression (an earlier onSend hook) already sees it.
    app.addHook('onRequest', async (_request, reply) => {
      reply.header('cache-control', 'no-store');
    });
    app.post(
      '/session',
      {
        config: {
          ...routePolicy('session.create'),
          rateLimit: { max: deps.authRateLimit, timeWindow: 60_000 },
        },
        schema: {
          tags: ['Session'],
          summary: 'Sign in with email and password',
          description:
            'Sets the HttpOnly `fr_session` cookie and the readable `fr_csrf` cookie. A session the browser already had is ended (rotation). Wrong email and wrong password answer alike (401); repeated failures lock the email and the address for a growing while (429 with Retry-After).',
          body: signInBody,
          response: { 200: sessionSchema, ...policyErrors },
        },
      },
      async (request, reply) => {
        const grant = await sessionService.signIn(deps.accounts, actionContext(request), {
          email: request.body.email,
          password: request.body.password,
          userAgent: request.headers['user-agent'],
          previousToken: request.cookies[SESSION_COOKIE],
        });
        return presentSession(grantAuth(grant, reply, deps), deps.demo);
      },
    );
    app.get(
      '/session',
      {
        config: routePolicy('session.read'),
        schema: {
          tags: ['Session'],
          summary: 'Who am I: the signed-in user, their roles, the CSRF token, the demo flag',
          response: { 200: sessionSchema, ...policyErrors },
        },
      },
      async (request) => presentSession(request.auth, deps.demo),
    );
    app.delete(
      '/session',
      {
        config: routePolicy('session.delete'),
        schema: {
          tags: ['Session'],
          summary: 'Sign out of this browser',
          response: { 204: z.null().describe('Signed out'), ...policyErrors },
        },
      },
      async (request, reply) => {
        await sessionService.signOut(deps.accounts, actionContext(request));
        clearSessionCookies(reply, deps.cookies);
        return reply.status(204).send(null);
      },
    );
    app.post(
      '/session/sign-out-everywhere',
      {
        config: routePolicy('session.delete_all'),
        schema: {
          tags: ['Session'],
          summary: 'Sign out of every browser, this one included (API tokens stay valid)',
          response: {
            200: z.object({ sessionsEnded: z.number().int().describe('How many sessions ended') }),
            ...policyErrors,
          },
        },
      },
      async (request, reply) => {
        const sessionsEnded = await sessionService.signOutEverywhere(
          deps.accounts,
          actionContext(request),
        );
        clearSessionCookies(reply, deps.cookies);
        return { sessionsEnded };
      },
    );
  };
}

/** Sets the cookies of a new session and describes it as the request's auth. */
export function grantAuth(
  grant: SessionGrant,
  reply: FastifyReply,
  deps: AccountRouteDeps,
): RequestAuth {
  setSessionCookies(reply, deps.cookies, grant);
  return {
    actor: sessionService.userActor(grant.user.id, grant.user.assignments, grant.sessionId),
    user: grant.user,
    via: 'session',
    session: { id: grant.sessionId, csrfToken: grant.csrfToken, expiresAt: grant.expiresAt },
  };
}
