import { cityProgrammeService, geoService, systemClock } from '@frontrunner/services';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actionContext, routePolicy } from '../../auth/route-policy';
import { policyErrors } from '../common/auth.schema';
import { readErrors } from '../common/common.schema';
import type { RouteDeps } from '../route-deps';
import { presentCity, presentCountry } from './geo.presenter';
import {
  cityListQuery,
  cityParams,
  cityProgrammeBody,
  citySchema,
  countryFilterQuery,
  countryParams,
  countrySchema,
  outlinesSchema,
  pointsSchema,
} from './geo.schema';

/** Countries and cities: public reads; programme fields of a city edited under the policy. */
export function geoRoutes({ db, clock = systemClock }: RouteDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/countries',
      {
        schema: {
          tags: ['Countries'],
          summary: 'The 10 ASEAN member states',
          response: { 200: z.object({ items: z.array(countrySchema) }), ...readErrors },
        },
      },
      async () => ({ items: (await geoService.listCountries(db)).map(presentCountry) }),
    );
    app.get(
      '/countries/outlines',
      {
        schema: {
          tags: ['Countries'],
          summary: 'Country outlines as GeoJSON (Natural Earth 1:50m)',
          response: { 200: outlinesSchema },
        },
      },
      async (_request, reply) => {
        reply.header('cache-control', 'public, max-age=3600');
        return geoService.countryOutlines(db);
      },
    );
    app.get(
      '/countries/:iso3',
      {
        schema: {
          tags: ['Countries'],
          summary: 'One country',
          params: countryParams,
          response: { 200: countrySchema, ...readErrors },
        },
      },
      async (request) => presentCountry(await geoService.getCountry(db, request.params.iso3)),
    );
    app.get(
      '/cities',
      {
        schema: {
          tags: ['Cities'],
          summary: 'Cities, filtered and searched, one page at a time',
          querystring: cityListQuery,
          response: {
            200: z.object({
              items: z.array(citySchema),
              total: z.number().int(),
              limit: z.number().int(),
              offset: z.number().int(),
            }),
            ...readErrors,
          },
        },
      },
      async (request) => {
        const page = await geoService.searchCities(db, request.query);
        return {
          items: page.items.map(presentCity),
          total: page.total,
          limit: request.query.limit,
          offset: request.query.offset,
        };
      },
    );
    app.get(
      '/cities/points',
      {
        schema: {
          tags: ['Cities'],
          summary: 'Every city as a GeoJSON point, for maps',
          querystring: countryFilterQuery,
          response: { 200: pointsSchema, ...readErrors },
        },
      },
      async (request) => geoService.cityPoints(db, request.query.country),
    );
    app.get(
      '/cities/:slug',
      {
        schema: {
          tags: ['Cities'],
          summary: 'One city',
          params: cityParams,
          response: { 200: citySchema, ...readErrors },
        },
      },
      async (request) => presentCity(await geoService.getCity(db, request.params.slug)),
    );
    app.patch(
      '/cities/:slug',
      {
        config: routePolicy('city.update', { cityParam: 'slug' }),
        schema: {
          tags: ['Cities'],
          summary: 'Edit a city’s programme fields: stage, cohort, priority goals',
          description:
            'Secretariat: every field. Focal point of the country and city editors of the city: priority goals (403 when changing the stage or cohort). Recorded in the audit trail.',
          params: cityParams,
          body: cityProgrammeBody,
          response: { 200: citySchema, ...policyErrors },
        },
      },
      async (request) =>
        presentCity(
          await cityProgrammeService.updateCityProgramme(
            { db, clock },
            actionContext(request),
            request.params.slug,
            request.body,
          ),
        ),
    );
  };
}
