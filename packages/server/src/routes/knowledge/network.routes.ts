import { knowledgeService as s, systemClock } from '@frontrunner/services';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actionContext, routePolicy } from '../../auth/route-policy';
import type { RouteDeps } from '../route-deps';
import {
  citySlugParams,
  createPairingBody,
  messageBody,
  pairingListQuery,
  pairingParams,
} from './knowledge.schema';
import { presentPairing } from './network.presenter';
import { pairingDecisionBody, pairingRequestBody, pairingWithdrawBody } from './network.schema';

/**
 * The city-to-city network: pairings, the requests cities make for them (and the answers), and
 * the message thread of each.
 */
export function networkRoutes({ db, clock = systemClock }: RouteDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['Knowledge'];
    app.get(
      '/pairings',
      {
        config: routePolicy('search.read'),
        schema: {
          tags,
          summary: 'Mentoring pairs, exchanges and study visits',
          querystring: pairingListQuery,
        },
      },
      async (request) =>
        (await s.listPairings(db, actionContext(request), request.query.city)).map(presentPairing),
    );
    app.post(
      '/pairings',
      {
        config: routePolicy('pairing.manage'),
        schema: { tags, summary: 'Pair two cities (secretariat)', body: createPairingBody },
      },
      async (request, reply) => {
        const { mentor, mentee, ...rest } = request.body;
        const view = await s.createPairing(
          db,
          actionContext(request),
          { ...rest, mentorSlug: mentor, menteeSlug: mentee },
          clock,
        );
        return reply.status(201).send(presentPairing(view));
      },
    );
    app.get(
      '/pairings/:id',
      {
        config: routePolicy('search.read'),
        schema: {
          tags,
          summary: 'One pairing (a request not accepted: only to those concerned, else 404)',
          params: pairingParams,
        },
      },
      async (request) =>
        presentPairing(await s.getPairing(db, actionContext(request), request.params.id)),
    );
    app.post(
      '/cities/:slug/pairing-requests',
      {
        config: routePolicy('pairing.request', { cityParam: 'slug' }),
        schema: {
          tags,
          summary: 'Ask a mentor city to pair with this city, with a first message',
          description:
            'City editors of the city and the secretariat. 409 while the two cities have an open request. Recorded in the audit trail.',
          params: citySlugParams,
          body: pairingRequestBody,
        },
      },
      async (request, reply) => {
        const { mentor, ...rest } = request.body;
        const view = await s.requestPairing(
          db,
          actionContext(request),
          request.params.slug,
          { ...rest, mentorSlug: mentor },
          clock,
        );
        return reply.status(201).send(presentPairing(view));
      },
    );
    app.post(
      '/pairings/:id/decision',
      {
        config: routePolicy('pairing.decide'),
        schema: {
          tags,
          summary: 'Accept or decline (with a reason) a request, as the mentor city',
          description:
            'Editors of the mentor city, the focal point of its country and the secretariat. 409 when the request is not open.',
          params: pairingParams,
          body: pairingDecisionBody,
        },
      },
      async (request) =>
        presentPairing(
          await s.decidePairingRequest(
            db,
            actionContext(request),
            request.params.id,
            request.body,
            clock,
          ),
        ),
    );
    app.post(
      '/pairings/:id/withdraw',
      {
        config: routePolicy('pairing.request'),
        schema: {
          tags,
          summary: 'Withdraw an open request, as the asking city',
          params: pairingParams,
          body: pairingWithdrawBody,
        },
      },
      async (request) =>
        presentPairing(
          await s.withdrawPairingRequest(
            db,
            actionContext(request),
            request.params.id,
            request.body?.reason,
            clock,
          ),
        ),
    );
    app.get(
      '/pairings/:id/messages',
      {
        config: routePolicy('pairing.read_thread'),
        schema: {
          tags,
          summary: 'A pairing’s thread (teams and focal points of either city, secretariat)',
          params: pairingParams,
        },
      },
      async (request) => s.listMessages(db, actionContext(request), request.params.id),
    );
    app.post(
      '/pairings/:id/messages',
      {
        config: routePolicy('pairing.message'),
        schema: {
          tags,
          summary: 'Post to a pairing’s thread',
          params: pairingParams,
          body: messageBody,
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(
            await s.postMessage(
              db,
              actionContext(request),
              request.params.id,
              request.body.body,
              clock,
            ),
          ),
    );
  };
}
