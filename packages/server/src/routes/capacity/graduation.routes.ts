import {
  cityLearningPath,
  cityReadiness,
  graduationService,
  systemClock,
} from '@frontrunner/services';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actionContext, routePolicy } from '../../auth/route-policy';
import { policyErrors } from '../common/auth.schema';
import type { PublicLinkRouteDeps } from '../route-deps';
import {
  decisionBody,
  idParams,
  reviewBody,
  selfAssessmentBody,
  slugParams,
} from './capacity.schema';
import { itemsOf } from './capacity-views.schema';
import { graduationRecordRoutes } from './graduation-records.routes';
import { rubricRoutes } from './rubric.routes';
import {
  presentAssessment,
  presentCityReadiness,
  presentDecidedAssessment,
  presentLearningPath,
} from './graduation.presenter';
import {
  assessmentSchema,
  decidedAssessmentSchema,
  learningPathSchema,
  readinessViewSchema,
} from './graduation-views.schema';

/**
 * Graduation: the versioned rubric, a city's self-assessment with evidence, reviewers' scores,
 * the secretariat's decision (moves the stage, issues a certificate), history and readiness.
 */
export function graduationRoutes({
  db,
  clock = systemClock,
  publicUrl,
}: PublicLinkRouteDeps): FastifyPluginAsyncZod {
  const deps = { db, clock };
  return async (app) => {
    const tags = ['Graduation'];
    const assessment = { 200: assessmentSchema, ...policyErrors };
    await app.register(rubricRoutes(deps));
    await app.register(graduationRecordRoutes({ ...deps, publicUrl }));
    app.get(
      '/cities/:slug/readiness',
      {
        config: routePolicy('assessment.read', { cityParam: 'slug' }),
        schema: {
          tags,
          summary:
            'Readiness for the next stage: criteria met and missing (never a rank), evidence, learning path',
          params: slugParams,
          response: { 200: readinessViewSchema, ...policyErrors },
        },
      },
      async (request) =>
        presentCityReadiness(await cityReadiness(db, actionContext(request), request.params.slug)),
    );
    app.get(
      '/cities/:slug/learning-path',
      {
        config: routePolicy('assessment.read', { cityParam: 'slug' }),
        schema: {
          tags,
          summary:
            'The trainings and materials a city’s gaps call for (competencies, data coverage, missing criteria), with reasons',
          params: slugParams,
          response: { 200: learningPathSchema, ...policyErrors },
        },
      },
      async (request) =>
        presentLearningPath(
          await cityLearningPath(db, actionContext(request), request.params.slug),
        ),
    );
    app.get(
      '/cities/:slug/assessments',
      {
        config: routePolicy('assessment.read', { cityParam: 'slug' }),
        schema: {
          tags,
          summary: 'Every assessment of a city, newest first',
          params: slugParams,
          response: { 200: itemsOf(assessmentSchema, 'Newest first'), ...policyErrors },
        },
      },
      async (request) => ({
        items: (
          await graduationService.listAssessments(db, actionContext(request), request.params.slug)
        ).map(presentAssessment),
      }),
    );
    app.post(
      '/cities/:slug/assessments',
      {
        config: routePolicy('assessment.write', { cityParam: 'slug' }),
        schema: {
          tags,
          summary: 'Start a self-assessment for the next stage, with computed evidence',
          params: slugParams,
          response: { 201: assessmentSchema, ...policyErrors },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(
            presentAssessment(
              await graduationService.startAssessment(
                deps,
                actionContext(request),
                request.params.slug,
              ),
            ),
          ),
    );
    app.get(
      '/assessments/:id',
      {
        config: routePolicy('assessment.read'),
        schema: {
          tags,
          summary: 'One assessment',
          params: idParams,
          response: assessment,
        },
      },
      async (request) =>
        presentAssessment(
          await graduationService.getAssessment(db, actionContext(request), request.params.id),
        ),
    );
    app.put(
      '/assessments/:id/self',
      {
        config: routePolicy('assessment.write'),
        schema: {
          tags,
          summary: 'The city sets levels, comments and evidence links (draft only)',
          params: idParams,
          body: selfAssessmentBody,
          response: assessment,
        },
      },
      async (request) =>
        presentAssessment(
          await graduationService.selfAssess(
            deps,
            actionContext(request),
            request.params.id,
            request.body.criteria,
          ),
        ),
    );
    app.post(
      '/assessments/:id/submit',
      {
        config: routePolicy('assessment.write'),
        schema: {
          tags,
          summary: 'Submit for review (every criterion needs a level)',
          params: idParams,
          response: assessment,
        },
      },
      async (request) =>
        presentAssessment(
          await graduationService.submitAssessment(deps, actionContext(request), request.params.id),
        ),
    );
    app.put(
      '/assessments/:id/review',
      {
        config: routePolicy('assessment.score'),
        schema: {
          tags,
          summary: 'A reviewer scores criteria 0–3 with comments (submitted only)',
          params: idParams,
          body: reviewBody,
          response: assessment,
        },
      },
      async (request) =>
        presentAssessment(
          await graduationService.review(
            deps,
            actionContext(request),
            request.params.id,
            request.body.criteria,
          ),
        ),
    );
    app.post(
      '/assessments/:id/decision',
      {
        config: routePolicy('assessment.decide'),
        schema: {
          tags,
          summary:
            'The secretariat decides; graduated needs every criterion met, moves the stage and issues a certificate',
          params: idParams,
          body: decisionBody,
          response: { 200: decidedAssessmentSchema, ...policyErrors },
        },
      },
      async (request) =>
        presentDecidedAssessment(
          await graduationService.decideAssessment(
            deps,
            actionContext(request),
            request.params.id,
            request.body,
          ),
        ),
    );
  };
}
