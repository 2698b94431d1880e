import { projectService as s, systemClock } from '@frontrunner/services';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actionContext, routePolicy } from '../../auth/route-policy';
import { readErrors } from '../common/common.schema';
import type { RouteDeps } from '../route-deps';
import { cityIatiParams, projectParams } from './projects.schema';

const XML = 'application/xml; charset=utf-8';
const xml = (what: string) =>
  z.string().describe(`${what}, application/xml (valid against the IATI 2.03 activities schema)`);

/** IATI 2.03 exports of one project and of a city's projects (METHODS §8). */
export function projectIatiRoutes({ db, clock = systemClock }: RouteDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['Projects'];
    app.get(
      '/projects/:id/iati.xml',
      {
        config: routePolicy('project.read'),
        schema: {
          tags,
          summary: 'IATI 2.03 activity XML of one project',
          params: projectParams,
          response: { 200: xml('One iati-activity'), ...readErrors },
        },
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
          description: 'A city with no visible project answers 404: IATI needs one activity.',
          params: cityIatiParams,
          response: { 200: xml('The city’s iati-activities'), ...readErrors },
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
