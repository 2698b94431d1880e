import { projectService as s, systemClock } from '@frontrunner/services';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actionContext, routePolicy } from '../../auth/route-policy';
import { policyErrors } from '../common/auth.schema';
import { readErrors } from '../common/common.schema';
import type { RouteDeps } from '../route-deps';
import { projectClaimRoutes } from './project-claims.routes';
import { projectIatiRoutes } from './project-iati.routes';
import { projectProgressRoutes } from './project-progress.routes';
import {
  presentClaim,
  presentProfile,
  presentProgressUpdate,
  presentProject,
  presentResults,
} from './projects.presenter';
import { cityIatiParams, portfolioQuery, projectBody, projectParams } from './projects.schema';
import { portfolioSchema, projectPageSchema, projectSchema } from './projects-views.schema';

/**
 * Model projects: portfolio, project page (profile, claims, results, progress), planning; with
 * claims and suggestions, results and progress, and IATI exports in their own files. Routes on
 * `/projects/:id` authorize in the service against the project's city.
 */
export function projectRoutes(deps: RouteDeps): FastifyPluginAsyncZod {
  const { db, clock = systemClock } = deps;
  return async (app) => {
    const tags = ['Projects'];
    app.get(
      '/projects',
      {
        config: routePolicy('project.read'),
        schema: {
          tags,
          summary: 'The portfolio: projects by city, country, goal, dimension and status',
          querystring: portfolioQuery,
          response: { 200: portfolioSchema, ...readErrors },
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
            profile: presentProfile(e.profile),
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
          response: { 201: projectSchema, ...policyErrors },
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
          response: { 200: projectPageSchema, ...readErrors },
        },
      },
      async (request) => {
        const ctx = actionContext(request);
        const { view } = await s.loadProject(db, ctx.actor, request.params.id, 'project.read');
        return {
          project: presentProject(view),
          claims: (await s.listProjectClaims(db, view.id)).map(presentClaim),
          profile: presentProfile(await s.projectProfile(db, view.id)),
          results: presentResults(await s.getResults(db, view.id)),
          progressUpdates: (await s.listVisibleProgressUpdates(db, ctx, view)).map(
            presentProgressUpdate,
          ),
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
          response: { 200: projectSchema, ...policyErrors },
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
    await app.register(projectClaimRoutes(deps));
    await app.register(projectProgressRoutes(deps));
    await app.register(projectIatiRoutes(deps));
  };
}
