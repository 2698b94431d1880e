import { observationService, systemClock } from '@frontrunner/services';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actionContext, routePolicy } from '../../auth/route-policy';
import { policyErrors } from '../common/auth.schema';
import { readErrors } from '../common/common.schema';
import { cityParams } from '../geo/geo.schema';
import type { RouteDeps } from '../route-deps';
import {
  idsBody,
  observationListQuery,
  observationListSchema,
  observationParams,
  queueItemSchema,
  queueQuery,
  reviewBody,
  reviewResultSchema,
  saveBody,
  versionSchema,
  writeSummarySchema,
} from './observations.schema';

/** A city's values: read (public or working), enter, submit, review, history. */
export function observationRoutes({ db, clock = systemClock }: RouteDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['Indicator data'];
    app.get(
      '/cities/:slug/observations',
      {
        config: routePolicy('observation.read', { cityParam: 'slug' }),
        schema: {
          tags,
          summary: 'A city’s values: approved ones, or drafts too for its team',
          params: cityParams,
          querystring: observationListQuery,
          response: { 200: observationListSchema, ...readErrors },
        },
      },
      async (request) => {
        const area = await observationService.getCityArea(db, request.params.slug);
        const { series, year, view } = request.query;
        return observationService.listObservations(db, request.auth.actor, {
          area,
          series,
          year,
          view,
        });
      },
    );
    app.put(
      '/cities/:slug/observations',
      {
        config: routePolicy('observation.write', { cityParam: 'slug' }),
        schema: {
          tags,
          summary: 'Save entered values as drafts (all or nothing; nothing is overwritten)',
          params: cityParams,
          body: saveBody,
          response: { 200: writeSummarySchema, ...policyErrors },
        },
      },
      async (request) => {
        const area = await observationService.getCityArea(db, request.params.slug);
        const { inserted, changed, unchanged, deleted } = await observationService.saveObservations(
          db,
          actionContext(request),
          { area, entries: request.body.entries, reason: request.body.reason },
          clock,
        );
        return { inserted, changed, unchanged, deleted };
      },
    );
    app.post(
      '/cities/:slug/observations/submit',
      {
        config: routePolicy('observation.write', { cityParam: 'slug' }),
        schema: {
          tags,
          summary: 'Submit draft or returned values for approval',
          params: cityParams,
          body: idsBody,
          response: { 200: reviewResultSchema, ...policyErrors },
        },
      },
      async (request) => {
        await observationService.getCityArea(db, request.params.slug);
        return observationService.reviewObservations(
          db,
          actionContext(request),
          { ids: request.body.ids, action: 'submit' },
          clock,
        );
      },
    );
    app.post(
      '/observations/review',
      {
        config: routePolicy('observation.approve'),
        schema: {
          tags,
          summary: 'Approve submitted values (they become public) or return them with a comment',
          body: reviewBody,
          response: { 200: reviewResultSchema, ...policyErrors },
        },
      },
      async (request) =>
        observationService.reviewObservations(
          db,
          actionContext(request),
          { ids: request.body.ids, action: request.body.decision, comment: request.body.comment },
          clock,
        ),
    );
    app.get(
      '/review-queue',
      {
        config: routePolicy('observation.approve'),
        schema: {
          tags,
          summary: 'Values awaiting the caller’s review, oldest first',
          querystring: queueQuery,
          response: {
            200: z.object({
              items: z.array(queueItemSchema),
              total: z.number().int(),
              limit: z.number().int(),
              offset: z.number().int(),
            }),
            ...policyErrors,
          },
        },
      },
      async (request) => {
        const { limit, offset } = request.query;
        return {
          ...(await observationService.reviewQueueItems(db, actionContext(request), {
            limit,
            offset,
          })),
          limit,
          offset,
        };
      },
    );
    app.get(
      '/observations/:id/history',
      {
        config: routePolicy('observation.read'),
        schema: {
          tags,
          summary: 'Every version of one value, oldest first (the public sees approved versions)',
          params: observationParams,
          response: { 200: z.object({ items: z.array(versionSchema) }), ...readErrors },
        },
      },
      async (request) => ({
        items: await observationService.observationHistory(
          db,
          request.auth.actor,
          request.params.id,
          (row) => observationService.areaOfRow(db, row),
        ),
      }),
    );
  };
}
