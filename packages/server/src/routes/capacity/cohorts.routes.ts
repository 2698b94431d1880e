import {
  cohortProgress,
  cohortService,
  competencyService,
  systemClock,
  trainingService,
} from '@frontrunner/services';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actionContext, routePolicy } from '../../auth/route-policy';
import { policyErrors } from '../common/auth.schema';
import { readErrors } from '../common/common.schema';
import type { PublicLinkRouteDeps } from '../route-deps';
import { presentCohort, presentCompetencyChange } from './capacity.presenter';
import { cohortBody, cohortCitiesBody, idParams } from './capacity.schema';
import {
  cohortCompetenciesSchema,
  cohortDetailSchema,
  cohortSchema,
  itemsOf,
} from './capacity-views.schema';
import { presentCohortProgress } from './graduation.presenter';
import { cohortProgressSchema } from './graduation-views.schema';
import { presentTrainingFor, trainingRoutes } from './trainings.routes';

/**
 * Cohorts: public reads (cohorts are announced); the secretariat creates them and puts cities
 * in them. Progress at a glance for readers of the cities' assessments. Trainings alongside.
 */
export function cohortRoutes({
  db,
  clock = systemClock,
  publicUrl,
}: PublicLinkRouteDeps): FastifyPluginAsyncZod {
  const deps = { db, clock };
  return async (app) => {
    const tags = ['Capacity'];
    await app.register(trainingRoutes({ ...deps, publicUrl }));
    app.get(
      '/cohorts',
      {
        schema: {
          tags,
          summary: 'Every cohort with its cities and their stages',
          response: { 200: itemsOf(cohortSchema, 'Cohorts, newest year first') },
        },
      },
      async () => ({ items: (await cohortService.listCohorts(db)).map(presentCohort) }),
    );
    app.get(
      '/cohorts/:id',
      {
        config: routePolicy('training.read'),
        schema: {
          tags,
          summary: 'One cohort: its cities, stages and trainings',
          params: idParams,
          response: { 200: cohortDetailSchema, ...readErrors },
        },
      },
      async (request) => ({
        ...presentCohort(await cohortService.getCohort(db, request.params.id)),
        trainings: (await trainingService.listTrainings(db, request.params.id)).map((t) =>
          presentTrainingFor(request, t),
        ),
      }),
    );
    app.get(
      '/cohorts/:id/progress',
      {
        config: routePolicy('assessment.read'),
        schema: {
          tags,
          summary:
            'Progress at a glance, per city: stage, criteria met and missing, trainings attended, latest awareness (never a ranking)',
          description:
            'Cities in alphabetical order, only those the reader may see the assessments of (the secretariat all, a focal point its country, a city’s team its city).',
          params: idParams,
          response: { 200: cohortProgressSchema, ...policyErrors },
        },
      },
      async (request) =>
        presentCohortProgress(await cohortProgress(db, actionContext(request), request.params.id)),
    );
    app.get(
      '/cohorts/:id/competencies',
      {
        schema: {
          tags,
          summary:
            'Competency change of the cohort and each of its cities: mean level 1–5 before and after, with n',
          params: idParams,
          response: { 200: cohortCompetenciesSchema, ...readErrors },
        },
      },
      async (request) => {
        const view = await competencyService.cohortCompetencies(db, request.params.id);
        return {
          cohort: view.cohort.map(presentCompetencyChange),
          cities: view.cities.map((c) => ({
            city: c.city,
            change: c.change.map(presentCompetencyChange),
          })),
        };
      },
    );
    app.post(
      '/cohorts',
      {
        config: routePolicy('cohort.manage'),
        schema: {
          tags,
          summary: 'Create a cohort (secretariat)',
          body: cohortBody,
          response: { 201: cohortSchema, ...policyErrors },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(
            presentCohort(
              await cohortService.createCohort(deps, actionContext(request), request.body),
            ),
          ),
    );
    app.post(
      '/cohorts/:id/cities',
      {
        config: routePolicy('cohort.manage'),
        schema: {
          tags,
          summary:
            'Put cities in a cohort (sets each city’s cohort; audited per city as city.update)',
          params: idParams,
          body: cohortCitiesBody,
          response: { 200: cohortSchema, ...policyErrors },
        },
      },
      async (request) =>
        presentCohort(
          await cohortService.addCohortCities(
            deps,
            actionContext(request),
            request.params.id,
            request.body.cities,
          ),
        ),
    );
  };
}
