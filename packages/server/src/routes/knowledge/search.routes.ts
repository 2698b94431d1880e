import { knowledgeService, searchService, systemClock } from '@frontrunner/services';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actionContext, routePolicy } from '../../auth/route-policy';
import type { RouteDeps } from '../route-deps';
import { citySlugParams, recommendQuery, searchQuery } from './knowledge.schema';

/** Search in every language, recommendations of practice and suggested mentors for a city. */
export function searchRoutes({ db, clock = systemClock }: RouteDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['Knowledge'];
    app.get(
      '/search',
      {
        config: routePolicy('search.read'),
        schema: {
          tags,
          summary: 'Search cases, projects, cities and indicators; facets; why each result matched',
          querystring: searchQuery,
        },
      },
      async (request) => {
        const q = request.query;
        return searchService.search(
          db,
          actionContext(request),
          {
            q: q.q,
            lang: q.lang,
            kinds: q.kind,
            countries: q.country,
            goals: q.goal,
            themes: q.theme,
            dimensions: q.dimension,
            citySizes: q.citySize,
            limit: q.limit,
            offset: q.offset,
          },
          clock,
        );
      },
    );
    app.get(
      '/cities/:slug/recommendations',
      {
        config: routePolicy('search.read'),
        schema: {
          tags,
          summary: 'Cases a city could replicate, each with the reasons it was recommended',
          params: citySlugParams,
          querystring: recommendQuery,
        },
      },
      async (request) =>
        knowledgeService.recommendationsFor(
          db,
          actionContext(request),
          request.params.slug,
          request.query.limit,
        ),
    );
    app.get(
      '/cities/:slug/mentors',
      {
        config: routePolicy('search.read'),
        schema: {
          tags,
          summary: 'Frontrunner and model cities suggested as mentors, with reasons',
          params: citySlugParams,
          querystring: recommendQuery,
        },
      },
      async (request) =>
        knowledgeService.mentorsFor(
          db,
          actionContext(request),
          request.params.slug,
          request.query.limit,
        ),
    );
  };
}
