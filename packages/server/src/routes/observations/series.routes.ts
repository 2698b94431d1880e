import { observationService, systemClock } from '@frontrunner/services';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actionContext, routePolicy } from '../../auth/route-policy';
import { policyErrors } from '../common/auth.schema';
import { readErrors } from '../common/common.schema';
import { cityParams, countryParams } from '../geo/geo.schema';
import type { RouteDeps } from '../route-deps';
import {
  disaggregationSchema,
  observationListSchema,
  seriesListQuery,
  seriesSchema,
} from './observations.schema';

const cityTargetSchema = z.object({
  series: z.string(),
  disaggregation: z.record(z.string(), z.string()),
  targetValue: z.number().describe('The value the city aims for, in the series’ unit'),
  targetYear: z.number().int(),
  baselineValue: z.number().nullable(),
  baselineYear: z.number().int().nullable(),
  note: z.string().nullable(),
  updatedAt: z.string(),
});

const cityTargetBody = z.object({
  series: z.string().min(1).max(80).describe('Series code'),
  disaggregation: disaggregationSchema.default({}),
  targetValue: z.number().finite(),
  targetYear: z.number().int().min(2000).max(2100),
  baselineValue: z.number().finite().nullable().optional(),
  baselineYear: z.number().int().min(1990).max(2100).nullable().optional(),
  note: z.string().max(2000).nullable().optional(),
});

/** Series (public), a country's comparison series (public) and city targets. */
export function seriesRoutes({ db, clock = systemClock }: RouteDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['Indicator data'];
    app.get(
      '/series',
      {
        schema: {
          tags,
          summary: 'Series, optionally of one indicator or matching text',
          querystring: seriesListQuery,
          response: {
            200: z.object({
              items: z.array(seriesSchema),
              total: z.number().int(),
              limit: z.number().int(),
              offset: z.number().int(),
            }),
            ...readErrors,
          },
        },
      },
      async (request) => {
        const { indicator, q, limit, offset } = request.query;
        return {
          ...(await observationService.listSeries(db, { indicator, q, limit, offset })),
          limit,
          offset,
        };
      },
    );
    app.get(
      '/series/:code',
      {
        schema: {
          tags,
          summary: 'One series',
          params: z.object({ code: z.string().min(1).max(80) }),
          response: { 200: seriesSchema, ...readErrors },
        },
      },
      async (request) => observationService.getSeries(db, request.params.code),
    );
    app.get(
      '/countries/:iso3/observations',
      {
        schema: {
          tags,
          summary: 'A country’s published values (national comparison series)',
          params: countryParams,
          querystring: z.object({
            series: z.string().max(2000).optional().describe('Comma-separated series codes'),
            year: z.coerce.number().int().min(1900).max(2100).optional(),
          }),
          response: { 200: observationListSchema, ...readErrors },
        },
      },
      async (request) => {
        const area = observationService.getCountryArea(request.params.iso3);
        const series = request.query.series
          ?.split(',')
          .map((s) => s.trim())
          .filter(Boolean);
        return observationService.listObservations(
          db,
          { kind: 'anonymous' },
          { area, series, year: request.query.year, view: 'public' },
        );
      },
    );
    app.get(
      '/cities/:slug/targets',
      {
        schema: {
          tags,
          summary: 'A city’s own targets and baselines',
          params: cityParams,
          response: { 200: z.object({ items: z.array(cityTargetSchema) }), ...readErrors },
        },
      },
      async (request) => ({
        items: await observationService.listCityTargets(
          db,
          await observationService.getCityArea(db, request.params.slug),
        ),
      }),
    );
    app.put(
      '/cities/:slug/targets',
      {
        config: routePolicy('city_target.write', { cityParam: 'slug' }),
        schema: {
          tags,
          summary: 'Set a city’s target for a series (creates or replaces; audited)',
          params: cityParams,
          body: cityTargetBody,
          response: { 200: cityTargetSchema, ...policyErrors },
        },
      },
      async (request) => {
        const area = await observationService.getCityArea(db, request.params.slug);
        return observationService.setCityTarget(
          db,
          actionContext(request),
          { area, ...request.body },
          clock,
        );
      },
    );
  };
}
