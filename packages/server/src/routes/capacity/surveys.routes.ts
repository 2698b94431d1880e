import { competencyService, surveyService, systemClock } from '@frontrunner/services';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actionContext, routePolicy } from '../../auth/route-policy';
import { policyErrors } from '../common/auth.schema';
import { readErrors } from '../common/common.schema';
import type { RouteDeps } from '../route-deps';
import { z } from 'zod';
import { presentAwareness, presentCompetencyChange, presentSurvey } from './capacity.presenter';
import {
  answerBody,
  codesBody,
  competencyBody,
  idParams,
  slugParams,
  surveyBody,
} from './capacity.schema';
import {
  awarenessSchema,
  competencyChangeSchema,
  itemsOf,
  surveySchema,
} from './capacity-views.schema';

/**
 * Awareness surveys and competency self-assessments of a city. Answering needs no account, only
 * an invitation code; answers are stored without the code. Results are public aggregates.
 */
export function surveyRoutes({ db, clock = systemClock }: RouteDeps): FastifyPluginAsyncZod {
  const deps = { db, clock };
  return async (app) => {
    const tags = ['Capacity'];
    app.post(
      '/cities/:slug/surveys',
      {
        config: routePolicy('survey.manage', { cityParam: 'slug' }),
        schema: {
          tags,
          summary: 'Create an awareness survey (baseline or follow-up)',
          params: slugParams,
          body: surveyBody,
          response: { 201: surveySchema, ...policyErrors },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(
            presentSurvey(
              await surveyService.createSurvey(
                deps,
                actionContext(request),
                request.params.slug,
                request.body,
              ),
            ),
          ),
    );
    app.post(
      '/surveys/:id/close',
      {
        config: routePolicy('survey.manage'),
        schema: {
          tags,
          summary: 'Close a survey: it takes no more answers; its results stay (409 if closed)',
          params: idParams,
          response: { 200: surveySchema, ...policyErrors },
        },
      },
      async (request) =>
        presentSurvey(
          await surveyService.closeSurvey(deps, actionContext(request), request.params.id),
        ),
    );
    app.post(
      '/surveys/:id/codes',
      {
        config: routePolicy('survey.manage'),
        schema: {
          tags,
          summary: 'Generate single-use invitation codes',
          description:
            'The codes are in this answer only: the platform keeps their SHA-256 hashes. A closed survey gets no more codes (409).',
          params: idParams,
          body: codesBody,
          response: {
            201: z.object({
              codes: z.array(z.string()).describe('Codes XXXXX-XXXXX, shown this once'),
            }),
            ...policyErrors,
          },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(
            await surveyService.generateCodes(
              deps,
              actionContext(request),
              request.params.id,
              request.body.count,
            ),
          ),
    );
    app.get(
      '/surveys/:id',
      {
        schema: {
          tags,
          summary: 'A survey and its questions (public, for the answering page)',
          params: idParams,
          response: { 200: surveySchema, ...readErrors },
        },
      },
      async (request) => presentSurvey(await surveyService.getSurvey(db, request.params.id)),
    );
    app.post(
      '/surveys/:id/answers',
      {
        config: routePolicy('survey.answer'),
        schema: {
          tags,
          summary: 'Answer a survey with an invitation code (no account)',
          description:
            'One answer per code: a used or unknown code answers 409. The answers are stored apart from the code, with no time, no person and no address.',
          params: idParams,
          body: answerBody,
          response: {
            201: z.object({ accepted: z.literal(true).describe('The answers were stored') }),
            ...policyErrors,
          },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(
            await surveyService.answerSurvey(
              deps,
              actionContext(request),
              request.params.id,
              request.body,
            ),
          ),
    );
    app.get(
      '/cities/:slug/awareness',
      {
        schema: {
          tags,
          summary: 'Share aware per survey over time, with n and the Wilson 95% interval (0–1)',
          params: slugParams,
          response: { 200: awarenessSchema, ...readErrors },
        },
      },
      async (request) =>
        presentAwareness(await surveyService.cityAwareness(db, request.params.slug)),
    );
    app.post(
      '/cities/:slug/competency-assessments',
      {
        config: routePolicy('competency.assess', { cityParam: 'slug' }),
        schema: {
          tags,
          summary: 'Record a competency self-assessment (levels 1–5)',
          params: slugParams,
          body: competencyBody,
          response: {
            201: z.object({ id: z.string().describe('The self-assessment recorded (id)') }),
            ...policyErrors,
          },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(
            await competencyService.recordCompetencyAssessment(
              deps,
              actionContext(request),
              request.params.slug,
              request.body,
            ),
          ),
    );
    app.get(
      '/cities/:slug/competencies',
      {
        schema: {
          tags,
          summary: 'Competency change of a city: mean level before and after, with n',
          params: slugParams,
          response: {
            200: itemsOf(competencyChangeSchema, 'One per competency assessed'),
            ...readErrors,
          },
        },
      },
      async (request) => ({
        items: (await competencyService.cityCompetencies(db, request.params.slug)).map(
          presentCompetencyChange,
        ),
      }),
    );
  };
}
