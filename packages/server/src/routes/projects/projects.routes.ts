import { projectService, systemClock } from '@frontrunner/services';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actionContext, routePolicy } from '../../auth/route-policy';
import type { RouteDeps } from '../route-deps';
import { presentClaim, presentProject } from './projects.presenter';
import {
  acceptBody,
  cityIatiParams,
  claimBody,
  claimParams,
  portfolioQuery,
  progressBody,
  projectBody,
  projectParams,
  resultsBody,
  reviewBody,
  updateParams,
} from './projects.schema';

const XML = 'application/xml; charset=utf-8';

/**
 * Model projects: portfolio, project page (profile, claims, results, progress), planning,
 * claims, results framework, progress updates with review, suggestions, IATI export. Routes on
 * `/projects/:id` authorize in the service against the project's city.
 */
export function projectRoutes({ db, clock = systemClock }: RouteDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['Projects'];
    const s = projectService;
    app.get(
      '/projects',
      {
        config: routePolicy('project.read'),
        schema: {
          tags,
          summary: 'The portfolio: projects by city, country, goal, dimension and status',
          querystring: portfolioQuery,
        },
      },
      async (request) => {
        const { limit, offset, city, ...filter } = request.query;
        const page = await s.listPortfolio(
          db,
          actionContext(request),
          { ...filter, citySlug: city },
          { limit, offset },
        );
        return {
          total: page.total,
          items: page.entries.map((e) => ({
            project: presentProject(e.project),
            goals: e.goals,
            profile: e.profile,
          })),
        };
      },
    );
    app.post(
      '/cities/:slug/projects',
      {
        config: routePolicy('project.write', { cityParam: 'slug' }),
        schema: {
          tags,
          summary: 'Plan a project in a city',
          params: cityIatiParams,
          body: projectBody,
        },
      },
      async (request, reply) => {
        const view = await s.createProject(
          db,
          actionContext(request),
          { citySlug: request.params.slug, draft: request.body },
          clock,
        );
        return reply.status(201).send(presentProject(view));
      },
    );
    app.get(
      '/projects/:id',
      {
        config: routePolicy('project.read'),
        schema: {
          tags,
          summary:
            'A project with its claims, benefit profile (explained), results and progress updates',
          params: projectParams,
        },
      },
      async (request) => {
        const ctx = actionContext(request);
        const { view } = await s.loadProject(db, ctx.actor, request.params.id, 'project.read');
        return {
          project: presentProject(view),
          claims: (await s.listProjectClaims(db, view.id)).map(presentClaim),
          profile: await s.projectProfile(db, view.id),
          results: await s.getResults(db, view.id),
          progressUpdates: await s.listVisibleProgressUpdates(db, ctx, view),
        };
      },
    );
    app.put(
      '/projects/:id',
      {
        config: routePolicy('project.write'),
        schema: {
          tags,
          summary: 'Replace a project’s fields',
          params: projectParams,
          body: projectBody,
        },
      },
      async (request) =>
        presentProject(
          await s.updateProject(
            db,
            actionContext(request),
            { id: request.params.id, draft: request.body },
            clock,
          ),
        ),
    );
    app.post(
      '/projects/:id/claims',
      {
        config: routePolicy('project.write'),
        schema: {
          tags,
          summary:
            'Add a benefit claim (a quantified benefit counts once, at its indicator’s target)',
          params: projectParams,
          body: claimBody,
        },
      },
      async (request, reply) => {
        const claim = await s.addClaim(
          db,
          actionContext(request),
          { projectId: request.params.id, claim: request.body },
          clock,
        );
        return reply.status(201).send(presentClaim(claim));
      },
    );
    app.delete(
      '/projects/:id/claims/:claimId',
      {
        config: routePolicy('project.write'),
        schema: { tags, summary: 'Remove a benefit claim', params: claimParams },
      },
      async (request, reply) => {
        await s.deleteClaim(
          db,
          actionContext(request),
          { projectId: request.params.id, claimId: request.params.claimId },
          clock,
        );
        return reply.status(204).send();
      },
    );
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
        },
      },
      async (request) => ({
        results: await s.setResults(
          db,
          actionContext(request),
          { projectId: request.params.id, results: request.body.results },
          clock,
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
        },
      },
      async (request, reply) => {
        const update = await s.createProgressUpdate(
          db,
          actionContext(request),
          { projectId: request.params.id, ...request.body },
          clock,
        );
        return reply.status(201).send(update);
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
        },
      },
      async (request) =>
        s.reviewProgressUpdate(
          db,
          actionContext(request),
          { projectId: request.params.id, updateId: request.params.updateId, action: 'submit' },
          clock,
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
        },
      },
      async (request) =>
        s.reviewProgressUpdate(
          db,
          actionContext(request),
          { projectId: request.params.id, updateId: request.params.updateId, ...request.body },
          clock,
        ),
    );
    app.get(
      '/projects/:id/suggestions',
      {
        config: routePolicy('project.read'),
        schema: {
          tags,
          summary:
            'Suggested goals and targets, with matched terms and the system that said so; never added silently',
          params: projectParams,
        },
      },
      async (request) => s.projectSuggestions(db, actionContext(request), request.params.id),
    );
    app.post(
      '/projects/:id/suggestions/accept',
      {
        config: routePolicy('project.write'),
        schema: {
          tags,
          summary: 'Accept a suggestion: creates a benefit claim',
          params: projectParams,
          body: acceptBody,
        },
      },
      async (request, reply) => {
        const claim = await s.acceptSuggestion(
          db,
          actionContext(request),
          { projectId: request.params.id, ...request.body },
          clock,
        );
        return reply.status(201).send(presentClaim(claim));
      },
    );
    app.get(
      '/projects/:id/iati.xml',
      {
        config: routePolicy('project.read'),
        schema: { tags, summary: 'IATI 2.03 activity XML of one project', params: projectParams },
      },
      async (request, reply) =>
        reply
          .type(XML)
          .send(await s.exportProjectIati(db, actionContext(request), request.params.id, clock)),
    );
    app.get(
      '/cities/:slug/iati.xml',
      {
        config: routePolicy('project.read'),
        schema: {
          tags,
          summary: 'IATI 2.03 activities XML of a city’s projects',
          params: cityIatiParams,
        },
      },
      async (request, reply) =>
        reply
          .type(XML)
          .send(
            await s.exportProjectsIati(
              db,
              actionContext(request),
              { citySlug: request.params.slug },
              clock,
            ),
          ),
    );
  };
}
