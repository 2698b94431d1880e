import { interlinkageService as il, systemClock } from '@frontrunner/services';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actionContext, routePolicy } from '../../auth/route-policy';
import { policyErrors } from '../common/auth.schema';
import { readErrors } from '../common/common.schema';
import type { RouteDeps } from '../route-deps';
import { presentCurated } from './interlinkages.presenter';
import {
  curatedBody,
  curatedIdParams,
  curatedLinkSchema,
  curatedListQuery,
  curatedPatchBody,
} from './interlinkages.schema';

/** Curated links: public list; the secretariat adds, edits and removes them (audited). */
export function curatedLinkRoutes({ db, clock = systemClock }: RouteDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['Interlinkages'];
    app.get(
      '/interlinkages/curated',
      {
        schema: {
          tags,
          summary: 'Curated links between targets, each with its citation',
          description:
            'Links from the literature and expert review (IGES SDG Interlinkages approach), kept by the secretariat. Shown apart from the data-derived links and never part of their statistics.',
          querystring: curatedListQuery,
          response: {
            200: z.object({ items: z.array(curatedLinkSchema).describe('Curated links') }),
            ...readErrors,
          },
        },
      },
      async (request) => ({
        items: (
          await il.listCuratedLinks(db, {
            targets: request.query.target ? [request.query.target] : undefined,
          })
        ).map(presentCurated),
      }),
    );
    app.post(
      '/interlinkages/curated',
      {
        config: routePolicy('interlinkage.curate'),
        schema: {
          tags,
          summary: 'Add a curated link (secretariat)',
          body: curatedBody,
          response: { 201: curatedLinkSchema, ...policyErrors },
        },
      },
      async (request, reply) => {
        const link = await il.createCuratedLink(db, actionContext(request), request.body, clock);
        return reply.status(201).send(presentCurated(link));
      },
    );
    app.patch(
      '/interlinkages/curated/:id',
      {
        config: routePolicy('interlinkage.curate'),
        schema: {
          tags,
          summary: 'Change a curated link (secretariat)',
          params: curatedIdParams,
          body: curatedPatchBody,
          response: { 200: curatedLinkSchema, ...policyErrors },
        },
      },
      async (request) =>
        presentCurated(
          await il.updateCuratedLink(
            db,
            actionContext(request),
            request.params.id,
            request.body,
            clock,
          ),
        ),
    );
    app.delete(
      '/interlinkages/curated/:id',
      {
        config: routePolicy('interlinkage.curate'),
        schema: {
          tags,
          summary: 'Remove a curated link (secretariat); the audit trail keeps it',
          params: curatedIdParams,
          response: { 204: z.null().describe('Removed'), ...policyErrors },
        },
      },
      async (request, reply) => {
        await il.deleteCuratedLink(db, actionContext(request), request.params.id, clock);
        return reply.status(204).send(null);
      },
    );
  };
}
