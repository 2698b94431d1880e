import { projectService as s, systemClock } from '@frontrunner/services';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actionContext, routePolicy } from '../../auth/route-policy';
import { policyErrors } from '../common/auth.schema';
import type { RouteDeps } from '../route-deps';
import { presentProgressUpdate, presentResults } from './projects.presenter';
import {
  progressBody,
  projectParams,
  resultsBody,
  reviewBody,
  updateParams,
} from './projects.schema';
import { progressUpdateSchema, resultsSchema } from './projects-views.schema';

/** The results framework and the progress updates with their review. */
export function projectProgressRoutes({
  db,
  clock = systemClock,
}: RouteDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['Projects'];
    app.put(
      '/projects/:id/results',
      {
        config: routePolicy('project.write'),
        schema: {
          tags,
          summary:
            'Replace the results framework (objectives → outputs → outcomes with indicators)',
          params: projectParams,
          body: resultsBody,
          response: { 200: z.object({ results: resultsSchema }), ...policyErrors },
        },
      },
      async (request) => ({
        results: presentResults(
          await s.setResults(
            db,
            actionContext(request),
            { projectId: request.params.id, results: request.body.results },
            clock,
          ),
        ),
      }),
    );
    app.post(
      '/projects/:id/progress-updates',
      {
        config: routePolicy('project.write'),
        schema: {
          tags,
          summary: 'Write a draft progress update',
          params: projectParams,
          body: progressBody,
          response: { 201: progressUpdateSchema, ...policyErrors },
        },
      },
      async (request, reply) => {
        const update = await s.createProgressUpdate(
          db,
          actionContext(request),
          { projectId: request.params.id, ...request.body },
          clock,
        );
        return reply.status(201).send(presentProgressUpdate(update));
      },
    );
    app.post(
      '/projects/:id/progress-updates/:updateId/submit',
      {
        config: routePolicy('project.write'),
        schema: {
          tags,
          summary: 'Submit a draft or returned progress update for review',
          params: updateParams,
          response: { 200: progressUpdateSchema, ...policyErrors },
        },
      },
      async (request) =>
        presentProgressUpdate(
          await s.reviewProgressUpdate(
            db,
            actionContext(request),
            { projectId: request.params.id, updateId: request.params.updateId, action: 'submit' },
            clock,
          ),
        ),
    );
    app.post(
      '/projects/:id/progress-updates/:updateId/review',
      {
        config: routePolicy('project.review'),
        schema: {
          tags,
          summary:
            'Approve (its values become actuals) or return (with a comment) a submitted update',
          params: updateParams,
          body: reviewBody,
          response: { 200: progressUpdateSchema, ...policyErrors },
        },
      },
      async (request) =>
        presentProgressUpdate(
          await s.reviewProgressUpdate(
            db,
            actionContext(request),
            { projectId: request.params.id, updateId: request.params.updateId, ...request.body },
            clock,
          ),
        ),
    );
  };
}
