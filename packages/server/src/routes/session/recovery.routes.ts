import { recoveryService } from '@frontrunner/services';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actionContext, routePolicy } from '../../auth/route-policy';
import { policyErrors } from '../common/auth.schema';
import type { AccountRouteDeps } from '../route-deps';
import { presentSession } from './session.presenter';
import {
  acceptedSchema,
  invitationAcceptBody,
  passwordResetBody,
  passwordResetConfirmBody,
  sessionSchema,
} from './session.schema';
import { grantAuth } from './session.routes';

/** Password reset and invitations: one-time tokens sent by email. */
export function recoveryRoutes(deps: AccountRouteDeps): FastifyPluginAsyncZod {
  const rateLimit = { max: deps.authRateLimit, timeWindow: 60_000 };
  return async (app) => {
    app.post(
      '/password-reset',
      {
        config: { ...routePolicy('password_reset.request'), rateLimit },
        schema: {
          tags: ['Session'],
          summary: 'Ask for a password reset link by email',
          description:
            'Always answers 202, whether or not the email has an account. The link (valid 1 hour, once) is `<site>/reset-password#token=…`.',
          body: passwordResetBody,
          response: { 202: acceptedSchema, ...policyErrors },
        },
      },
      async (request, reply) => {
        await recoveryService.requestPasswordReset(
          deps.accounts,
          actionContext(request),
          request.body.email,
        );
        return reply.status(202).send({ status: 'accepted' as const });
      },
    );
    app.post(
      '/password-reset/confirm',
      {
        config: { ...routePolicy('password_reset.confirm'), rateLimit },
        schema: {
          tags: ['Session'],
          summary: 'Set a new password with the token of a reset link',
          description:
            'Uses up the token and signs the account out everywhere; then sign in with the new password.',
          body: passwordResetConfirmBody,
          response: { 204: z.null().describe('Password changed'), ...policyErrors },
        },
      },
      async (request, reply) => {
        await recoveryService.confirmPasswordReset(
          deps.accounts,
          actionContext(request),
          request.body,
        );
        return reply.status(204).send(null);
      },
    );
    app.post(
      '/invitations/accept',
      {
        config: { ...routePolicy('invitation.accept'), rateLimit },
        schema: {
          tags: ['Session'],
          summary: 'Accept an invitation: choose a password, activate the account, sign in',
          description:
            'The invitation link (valid 7 days, once) is `<site>/accept-invitation#token=…`. Sets the session cookies.',
          body: invitationAcceptBody,
          response: { 200: sessionSchema, ...policyErrors },
        },
      },
      async (request, reply) => {
        const grant = await recoveryService.acceptInvitation(
          deps.accounts,
          actionContext(request),
          {
            ...request.body,
            userAgent: request.headers['user-agent'],
          },
        );
        return presentSession(grantAuth(grant, reply, deps), deps.demo);
      },
    );
  };
}
