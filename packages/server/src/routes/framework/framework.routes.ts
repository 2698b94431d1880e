import { frameworkService } from '@frontrunner/services';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { readErrors } from '../common/common.schema';
import { requestLanguage } from '../common/language';
import type { RouteDeps } from '../route-deps';
import {
  presentGoal,
  presentGoalDetail,
  presentIndicator,
  presentTarget,
} from './framework.presenter';
import {
  goalDetailSchema,
  goalParams,
  goalSchema,
  indicatorListQuery,
  indicatorParams,
  indicatorSchema,
  langOnlyQuery,
  targetListQuery,
  targetParams,
  targetSchema,
} from './framework.schema';

/** Read-only routes of the SDG framework: public. */
export function frameworkRoutes({ db }: RouteDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['SDG framework'];
    app.get(
      '/goals',
      {
        schema: {
          tags,
          summary: 'The 17 goals',
          querystring: langOnlyQuery,
          response: { 200: z.object({ items: z.array(goalSchema) }), ...readErrors },
        },
      },
      async (request) => {
        const lang = requestLanguage(request, request.query.lang);
        return { items: (await frameworkService.listGoals(db, lang)).map(presentGoal) };
      },
    );
    app.get(
      '/goals/:number',
      {
        schema: {
          tags,
          summary: 'One goal with its targets and indicators',
          params: goalParams,
          querystring: langOnlyQuery,
          response: { 200: goalDetailSchema, ...readErrors },
        },
      },
      async (request) => {
        const lang = requestLanguage(request, request.query.lang);
        return presentGoalDetail(await frameworkService.getGoal(db, request.params.number, lang));
      },
    );
    app.get(
      '/targets',
      {
        schema: {
          tags,
          summary: 'Targets, optionally of one goal',
          querystring: targetListQuery,
          response: { 200: z.object({ items: z.array(targetSchema) }), ...readErrors },
        },
      },
      async (request) => {
        const lang = requestLanguage(request, request.query.lang);
        const items = await frameworkService.listTargets(db, { goal: request.query.goal, lang });
        return { items: items.map(presentTarget) };
      },
    );
    app.get(
      '/targets/:code',
      {
        schema: {
          tags,
          summary: 'One target with its indicators',
          params: targetParams,
          querystring: langOnlyQuery,
          response: {
            200: targetSchema.extend({ indicators: z.array(indicatorSchema) }),
            ...readErrors,
          },
        },
      },
      async (request) => {
        const lang = requestLanguage(request, request.query.lang);
        const target = await frameworkService.getTarget(db, request.params.code, lang);
        return { ...presentTarget(target), indicators: target.indicators.map(presentIndicator) };
      },
    );
    app.get(
      '/indicators',
      {
        schema: {
          tags,
          summary: 'Indicators, filtered and searched, one page at a time',
          querystring: indicatorListQuery,
          response: {
            200: z.object({
              items: z.array(indicatorSchema),
              total: z.number().int(),
              limit: z.number().int(),
              offset: z.number().int(),
            }),
            ...readErrors,
          },
        },
      },
      async (request) => {
        const { goal, target, q, limit, offset } = request.query;
        const lang = requestLanguage(request, request.query.lang);
        const page = await frameworkService.searchIndicators(db, {
          goal,
          target,
          q,
          lang,
          limit,
          offset,
        });
        return { items: page.items.map(presentIndicator), total: page.total, limit, offset };
      },
    );
    app.get(
      '/indicators/:code',
      {
        schema: {
          tags,
          summary: 'One indicator, by any of its numbers or its UNSD code',
          params: indicatorParams,
          querystring: langOnlyQuery,
          response: { 200: indicatorSchema, ...readErrors },
        },
      },
      async (request) => {
        const lang = requestLanguage(request, request.query.lang);
        return presentIndicator(await frameworkService.getIndicator(db, request.params.code, lang));
      },
    );
  };
}
