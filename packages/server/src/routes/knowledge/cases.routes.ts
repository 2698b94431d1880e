import { knowledgeService as s, systemClock } from '@frontrunner/services';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actionContext, routePolicy } from '../../auth/route-policy';
import { readErrors } from '../common/common.schema';
import type { RouteDeps } from '../route-deps';
import { casePageSchema } from './case-views.schema';
import { presentCase } from './knowledge.presenter';
import {
  caseListQuery,
  caseParams,
  citySlugParams,
  createCaseBody,
  reviewCaseBody,
  updateCaseBody,
} from './knowledge.schema';

/**
 * Cases: the library (the public sees published cases), a case with where it was replicated,
 * writing (from a completed project), language versions, submit, publish or return.
 */
export function caseRoutes({ db, clock = systemClock }: RouteDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['Knowledge'];
    app.get(
      '/cases',
      {
        config: routePolicy('case.read'),
        schema: {
          tags,
          summary: 'Cases the reader may see, newest first',
          querystring: caseListQuery,
        },
      },
      async (request) => {
        const { city, project, status, limit, offset } = request.query;
        const page = await s.listCases(db, actionContext(request), {
          citySlug: city,
          projectId: project,
          status,
          limit,
          offset,
        });
        return { total: page.total, items: page.items.map(presentCase) };
      },
    );
    app.post(
      '/cities/:slug/cases',
      {
        config: routePolicy('case.write', { cityParam: 'slug' }),
        schema: {
          tags,
          summary: 'Write a case of a city, optionally from one of its completed projects',
          params: citySlugParams,
          body: createCaseBody,
        },
      },
      async (request, reply) => {
        const { projectId, lang, text, facts } = request.body;
        const view = await s.createCase(
          db,
          actionContext(request),
          { citySlug: request.params.slug, projectId, lang, text, facts },
          clock,
        );
        return reply.status(201).send(presentCase(view));
      },
    );
    app.get(
      '/cases/:id',
      {
        config: routePolicy('case.read'),
        schema: {
          tags,
          summary: 'A case with every language version and its replications',
          params: caseParams,
          response: { 200: casePageSchema, ...readErrors },
        },
      },
      async (request) => {
        const ctx = actionContext(request);
        const view = await s.getCase(db, ctx, request.params.id);
        return {
          case: presentCase(view),
          replications: await s.caseReplications(db, ctx, view.id),
        };
      },
    );
    app.patch(
      '/cases/:id',
      {
        config: routePolicy('case.write'),
        schema: {
          tags,
          summary:
            'Change a case’s facts and add or replace the texts of one or several languages, all or nothing',
          params: caseParams,
          body: updateCaseBody,
        },
      },
      async (request) =>
        presentCase(
          await s.updateCase(db, actionContext(request), request.params.id, request.body, clock),
        ),
    );
    app.post(
      '/cases/:id/review',
      {
        config: routePolicy('case.write'),
        schema: {
          tags,
          summary: 'Submit a case (city), publish it or return it with a comment (secretariat)',
          params: caseParams,
          body: reviewCaseBody,
        },
      },
      async (request) =>
        presentCase(
          await s.reviewCase(db, actionContext(request), request.params.id, request.body, clock),
        ),
    );
  };
}
