import { knowledgeService as s, systemClock } from '@frontrunner/services';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actionContext, routePolicy } from '../../auth/route-policy';
import type { RouteDeps } from '../route-deps';
import { presentPairing } from './knowledge.presenter';
import {
  createPairingBody,
  messageBody,
  pairingListQuery,
  pairingParams,
} from './knowledge.schema';

/** The city-to-city network: pairings and the message thread of each. */
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
      '/pairings/:id/messages',
      {
        config: routePolicy('pairing.message'),
        schema: {
          tags,
          summary: 'A pairing’s thread (teams of either city, secretariat)',
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
