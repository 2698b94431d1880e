import {
  cohortService,
  competencyService,
  systemClock,
  trainingService,
} from '@frontrunner/services';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actionContext, routePolicy } from '../../auth/route-policy';
import { policyErrors } from '../common/auth.schema';
import { readErrors } from '../common/common.schema';
import type { RouteDeps } from '../route-deps';
import {
  attendanceBody,
  cohortBody,
  cohortCitiesBody,
  idParams,
  participantsBody,
  sessionBody,
  trainingBody,
  trainingsQuery,
  ok,
} from './capacity.schema';

/**
 * Cohorts and trainings: public reads (the programme's calendar); the secretariat creates
 * cohorts, puts cities in them and runs trainings, sessions, participants and attendance.
 */
export function cohortRoutes({ db, clock = systemClock }: RouteDeps): FastifyPluginAsyncZod {
  const deps = { db, clock };
  return async (app) => {
    const tags = ['Capacity'];
    app.get(
      '/cohorts',
      { schema: { tags, summary: 'Every cohort with its cities and their stages' } },
      async () => ({
        items: await cohortService.listCohorts(db),
      }),
    );
    app.get(
      '/cohorts/:id',
      {
        schema: {
          tags,
          summary: 'One cohort: its cities, stages and trainings',
          params: idParams,
          response: { ...ok, ...readErrors },
        },
      },
      async (request) => ({
        ...(await cohortService.getCohort(db, request.params.id)),
        trainings: await trainingService.listTrainings(db, request.params.id),
      }),
    );
    app.get(
      '/cohorts/:id/competencies',
      {
        schema: {
          tags,
          summary:
            'Competency change of the cohort and each of its cities: mean level 1–5 before and after, with n',
          params: idParams,
          response: { ...ok, ...readErrors },
        },
      },
      async (request) => competencyService.cohortCompetencies(db, request.params.id),
    );
    app.post(
      '/cohorts',
      {
        config: routePolicy('cohort.manage'),
        schema: {
          tags,
          summary: 'Create a cohort (secretariat)',
          body: cohortBody,
          response: { ...ok, ...policyErrors },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await cohortService.createCohort(deps, actionContext(request), request.body)),
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
          response: { ...ok, ...policyErrors },
        },
      },
      async (request) =>
        cohortService.addCohortCities(
          deps,
          actionContext(request),
          request.params.id,
          request.body.cities,
        ),
    );
    app.get(
      '/trainings',
      {
        schema: {
          tags,
          summary: 'Trainings and workshops, earliest first',
          querystring: trainingsQuery,
        },
      },
      async (request) => ({ items: await trainingService.listTrainings(db, request.query.cohort) }),
    );
    app.get(
      '/trainings/:id',
      {
        schema: {
          tags,
          summary: 'One training with sessions, participants and attendance',
          params: idParams,
          response: { ...ok, ...readErrors },
        },
      },
      async (request) => trainingService.getTraining(db, request.params.id),
    );
    app.post(
      '/trainings',
      {
        config: routePolicy('training.manage'),
        schema: {
          tags,
          summary: 'Schedule a training or workshop',
          body: trainingBody,
          response: { ...ok, ...policyErrors },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await trainingService.createTraining(deps, actionContext(request), request.body)),
    );
    app.post(
      '/trainings/:id/sessions',
      {
        config: routePolicy('training.manage'),
        schema: {
          tags,
          summary: 'Add a session',
          params: idParams,
          body: sessionBody,
          response: { ...ok, ...policyErrors },
        },
      },
      async (request) =>
        trainingService.addSession(deps, actionContext(request), request.params.id, request.body),
    );
    app.post(
      '/trainings/:id/participants',
      {
        config: routePolicy('training.manage'),
        schema: {
          tags,
          summary: 'Register participants',
          params: idParams,
          body: participantsBody,
          response: { ...ok, ...policyErrors },
        },
      },
      async (request) =>
        trainingService.addParticipants(
          deps,
          actionContext(request),
          request.params.id,
          request.body.participants,
        ),
    );
    app.put(
      '/trainings/:id/attendance',
      {
        config: routePolicy('training.manage'),
        schema: {
          tags,
          summary: 'Set who attended a session',
          params: idParams,
          body: attendanceBody,
          response: { ...ok, ...policyErrors },
        },
      },
      async (request) =>
        trainingService.setAttendance(
          deps,
          actionContext(request),
          request.params.id,
          request.body.sessionId,
          request.body.participantIds,
        ),
    );
  };
}
