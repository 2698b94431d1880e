import { scoreService, systemClock } from '@frontrunner/services';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { readErrors } from '../common/common.schema';
import { cityParams } from '../geo/geo.schema';
import type { RouteDeps } from '../route-deps';
import { versionQuery } from './codebook.schema';
import { presentCityScores, presentMethod, presentRollUp } from './scores.presenter';
import {
  cityScoresSchema,
  iso3Params,
  methodSchema,
  peersQuery,
  peersSchema,
  rollUpSchema,
} from './scores.schema';

/**
 * Public scores (approved values only): a city's dashboard, its peers, national and ASEAN
 * roll-ups, and the method in plain words. Stored scores are checked against their inputs on
 * every read and recomputed when stale.
 */
export function scoreRoutes({ db, clock = systemClock }: RouteDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['Scores'];
    app.get(
      '/cities/:slug/scores',
      {
        schema: {
          tags,
          summary: 'A city’s SDG index, 17 goal tiles and every indicator, traceable to its values',
          description:
            'SDSN method (GET /methods/scoring). Only approved headline values count. Every indicator names the observation version it used, the codebook entry applied and its distance to the city’s target.',
          params: cityParams,
          querystring: versionQuery,
          response: { 200: cityScoresSchema, ...readErrors },
        },
      },
      async (request) =>
        presentCityScores(
          await scoreService.getCityScores(db, request.params.slug, request.query, clock),
        ),
    );
    app.get(
      '/cities/:slug/peers',
      {
        schema: {
          tags,
          summary: 'A city beside its peers: its country, its population class or its cohort',
          description: '404 when the city has no group of that kind (no cohort, no population).',
          params: cityParams,
          querystring: peersQuery,
          response: { 200: peersSchema, ...readErrors },
        },
      },
      async (request) => {
        const { group, version } = request.query;
        return scoreService.getCityPeers(db, request.params.slug, group, { version }, clock);
      },
    );
    app.get(
      '/countries/:iso3/scores',
      {
        schema: {
          tags,
          summary: 'A country’s scores rolled up from its cities’ (Frontrunner’s own rule)',
          params: iso3Params,
          querystring: versionQuery,
          response: { 200: rollUpSchema, ...readErrors },
        },
      },
      async (request) =>
        presentRollUp(
          await scoreService.getCountryScores(db, request.params.iso3, request.query, clock),
        ),
    );
    app.get(
      '/asean/scores',
      {
        schema: {
          tags,
          summary: 'ASEAN’s scores rolled up from its countries’ (each country weighs the same)',
          querystring: versionQuery,
          response: { 200: rollUpSchema, ...readErrors },
        },
      },
      async (request) => presentRollUp(await scoreService.getAseanScores(db, request.query, clock)),
    );
    app.get(
      '/methods/scoring',
      {
        schema: {
          tags,
          summary: 'How we compute this: the scoring method in plain words',
          response: { 200: methodSchema },
        },
      },
      async () => presentMethod(),
    );
  };
}
