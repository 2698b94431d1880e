import { interlinkageService as il, systemClock } from '@frontrunner/services';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { readErrors } from '../common/common.schema';
import { cityParams } from '../geo/geo.schema';
import type { RouteDeps } from '../route-deps';
import { presentLinkEvidence, presentNetwork, presentSuggestions } from './interlinkages.presenter';
import {
  countryPathParams,
  linkEvidenceSchema,
  linkQuery,
  networkSchema,
  suggestionsQuery,
  suggestionsSchema,
} from './interlinkages.schema';

const NETWORK_DESCRIPTION =
  'Data-derived synergies and trade-offs between SDG targets (METHODS §5): every series with a known direction is aligned so that up is desirable; Spearman’s ρ for every pair of series with at least 5 overlapping approved years; |ρ| ≥ 0.6 is a link; a target link is the mean ρ over its series pairs. Computed from the approved data and stored; recomputed on the first read after approved data changes. Curated links are listed apart and never enter the statistics.';

/** The data-derived interlinkage networks (public reads) and the suggestions for projects. */
export function interlinkageRoutes({ db, clock = systemClock }: RouteDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['Interlinkages'];
    const options = { clock };
    const scopes = [
      {
        path: '/interlinkages/asean',
        summary: 'The ASEAN network: ten countries pooled after per-country ranking',
        params: undefined,
        scope: async () => il.ASEAN_SCOPE,
      },
      {
        path: '/interlinkages/countries/:iso3',
        summary: 'A country’s network, from its UN SDG Global Database series',
        params: countryPathParams,
        scope: async (p: { iso3?: string }) => il.countryScope(p.iso3 ?? ''),
      },
      {
        path: '/interlinkages/cities/:slug',
        summary: 'A city’s network, when two of its series share enough approved years',
        params: cityParams,
        scope: async (p: { slug?: string }) => il.cityScope(db, p.slug ?? ''),
      },
    ] as const;
    for (const s of scopes) {
      app.get(
        s.path,
        {
          schema: {
            tags,
            summary: s.summary,
            description: NETWORK_DESCRIPTION,
            ...(s.params ? { params: s.params } : {}),
            response: { 200: networkSchema, ...readErrors },
          },
        },
        async (request) =>
          presentNetwork(await il.getNetwork(db, await s.scope(request.params as never), options)),
      );
      app.get(
        `${s.path}/links`,
        {
          schema: {
            tags,
            summary: 'The evidence of one link: series pairs with ρ and n, and every value by year',
            description:
              'Two target codes (a target link: the mean ρ over its series pairs) or two series codes (one pair). 404 when the network holds no correlated pair between them.',
            ...(s.params ? { params: s.params } : {}),
            querystring: linkQuery,
            response: { 200: linkEvidenceSchema, ...readErrors },
          },
        },
        async (request) =>
          presentLinkEvidence(
            await il.getLinkEvidence(
              db,
              await s.scope(request.params as never),
              request.query,
              options,
            ),
          ),
      );
    }
    app.get(
      '/interlinkages/suggestions',
      {
        schema: {
          tags,
          summary: 'Targets linked to a project’s primary targets: likely co-benefits and risks',
          description:
            'Synergies suggest co-benefits, trade-offs risks to manage (METHODS §6). Data-derived and curated suggestions are listed apart. A city without a network of its own uses its country’s (see `basis`). Suggestions are shown, never added to a project by themselves.',
          querystring: suggestionsQuery,
          response: { 200: suggestionsSchema, ...readErrors },
        },
      },
      async (request) =>
        presentSuggestions(
          await il.suggestLinkedTargets(
            db,
            {
              targets: request.query.targets,
              scope: await il.parseScope(db, request.query.scope),
            },
            options,
          ),
        ),
    );
  };
}
