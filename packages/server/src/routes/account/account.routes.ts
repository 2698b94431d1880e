import { accountService, apiTokenService } from '@frontrunner/services';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actionContext, routePolicy } from '../../auth/route-policy';
import { policyErrors, userSchema } from '../common/auth.schema';
import type { AccountRouteDeps } from '../route-deps';
import { presentUser } from '../users/users.presenter';
import { presentApiToken } from './account.presenter';
import {
  accountPatchBody,
  apiTokenCreateBody,
  apiTokenCreatedSchema,
  apiTokenSchema,
  tokenParams,
} from './account.schema';

/** One's own account and API tokens. */
export function accountRoutes(deps: AccountRouteDeps): FastifyPluginAsyncZod {
  const { accounts } = deps;
  return async (app) => {
    app.get(
      '/account',
      {
        config: routePolicy('account.read'),
        schema: {
          tags: ['Account'],
          summary: 'My account',
          response: { 200: userSchema, ...policyErrors },
        },
      },
      async (request) =>
        presentUser(await accountService.getAccount(accounts, actionContext(request))),
    );
    app.patch(
      '/account',
      {
        config: routePolicy('account.update'),
        schema: {
          tags: ['Account'],
          summary: 'Change my name, language or password',
          description:
            'A new password needs the current one (400 on currentPassword when wrong) and ends my other sessions. Demo accounts cannot change their password (403).',
          body: accountPatchBody,
          response: { 200: userSchema, ...policyErrors },
        },
      },
      async (request) =>
        presentUser(
          await accountService.updateAccount(accounts, actionContext(request), request.body),
        ),
    );
    app.get(
      '/account/tokens',
      {
        config: routePolicy('token.read'),
        schema: {
          tags: ['Account'],
          summary: 'My API tokens, newest first (revoked ones included)',
          response: { 200: z.object({ items: z.array(apiTokenSchema) }), ...policyErrors },
        },
      },
      async (request) => ({
        items: (await apiTokenService.listApiTokens(accounts, actionContext(request))).map(
          presentApiToken,
        ),
      }),
    );
    app.post(
      '/account/tokens',
      {
        config: routePolicy('token.create'),
        schema: {
          tags: ['Account'],
          summary: 'Create an API token for a machine client (shown once)',
          body: apiTokenCreateBody,
          response: { 201: apiTokenCreatedSchema, ...policyErrors },
        },
      },
      async (request, reply) => {
        const { token, view } = await apiTokenService.createApiToken(
          accounts,
          actionContext(request),
          request.body,
        );
        // The token is shown once: never stored by a cache, never compressed (BREACH).
        return reply
          .status(201)
          .header('cache-control', 'no-store')
          .send({ ...presentApiToken(view), token });
      },
    );
    app.delete(
      '/account/tokens/:id',
      {
        config: routePolicy('token.revoke'),
        schema: {
          tags: ['Account'],
          summary: 'Revoke one of my API tokens; it stops working at once',
          params: tokenParams,
          response: { 204: z.null().describe('Revoked'), ...policyErrors },
        },
      },
      async (request, reply) => {
        await apiTokenService.revokeApiToken(accounts, actionContext(request), request.params.id);
        return reply.status(204).send(null);
      },
    );
  };
}
