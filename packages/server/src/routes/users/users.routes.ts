import { userService } from '@frontrunner/services';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actionContext, routePolicy } from '../../auth/route-policy';
import { idParams, policyErrors, userSchema } from '../common/auth.schema';
import type { AccountRouteDeps } from '../route-deps';
import { presentUser } from './users.presenter';
import { inviteBody, userListQuery, userListSchema, userPatchBody } from './users.schema';

/** User management, for the secretariat. */
export function usersRoutes(deps: AccountRouteDeps): FastifyPluginAsyncZod {
  const { accounts } = deps;
  return async (app) => {
    app.get(
      '/users',
      {
        config: routePolicy('user.read'),
        schema: {
          tags: ['Users'],
          summary: 'Users with their roles (secretariat)',
          querystring: userListQuery,
          response: { 200: userListSchema, ...policyErrors },
        },
      },
      async (request) => {
        const page = await userService.listUsers(
          accounts.db,
          actionContext(request),
          request.query,
        );
        return {
          ...page,
          items: page.items.map(presentUser),
          limit: request.query.limit,
          offset: request.query.offset,
        };
      },
    );
    app.post(
      '/users',
      {
        config: routePolicy('user.invite'),
        schema: {
          tags: ['Users'],
          summary: 'Invite a user (secretariat): emails a one-time link to choose a password',
          description:
            'The link (valid 7 days) is `<site>/accept-invitation#token=…`. 409 when the email is taken.',
          body: inviteBody,
          response: { 201: userSchema, ...policyErrors },
        },
      },
      async (request, reply) => {
        const user = await userService.inviteUser(accounts, actionContext(request), request.body);
        return reply.status(201).send(presentUser(user));
      },
    );
    app.get(
      '/users/:id',
      {
        config: routePolicy('user.read'),
        schema: {
          tags: ['Users'],
          summary: 'One user (secretariat)',
          params: idParams,
          response: { 200: userSchema, ...policyErrors },
        },
      },
      async (request) =>
        presentUser(
          await userService.getUser(accounts.db, actionContext(request), request.params.id),
        ),
    );
    app.patch(
      '/users/:id',
      {
        config: routePolicy('user.manage'),
        schema: {
          tags: ['Users'],
          summary: 'Change a user’s roles, status, name or language (secretariat)',
          description: '409 when the change would leave no active secretariat user.',
          params: idParams,
          body: userPatchBody,
          response: { 200: userSchema, ...policyErrors },
        },
      },
      async (request) =>
        presentUser(
          await userService.updateUser(
            accounts,
            actionContext(request),
            request.params.id,
            request.body,
          ),
        ),
    );
    app.post(
      '/users/:id/deactivate',
      {
        config: routePolicy('user.manage'),
        schema: {
          tags: ['Users'],
          summary: 'Deactivate a user (secretariat): sessions end, API tokens are revoked',
          params: idParams,
          response: { 200: userSchema, ...policyErrors },
        },
      },
      async (request) =>
        presentUser(
          await userService.deactivateUser(accounts, actionContext(request), request.params.id),
        ),
    );
  };
}
