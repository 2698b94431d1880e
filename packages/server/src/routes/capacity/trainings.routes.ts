import { attendanceService, systemClock, trainingService } from '@frontrunner/services';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actionContext, routePolicy } from '../../auth/route-policy';
import { policyErrors } from '../common/auth.schema';
import { readErrors } from '../common/common.schema';
import type { RouteDeps } from '../route-deps';
import { presentTraining } from './capacity.presenter';
import {
  attendanceBody,
  idParams,
  participantsBody,
  sessionBody,
  trainingBody,
  trainingsQuery,
} from './capacity.schema';
import { itemsOf, trainingSchema } from './capacity-views.schema';

/**
 * Trainings and workshops: public reads (the programme's calendar); the secretariat schedules
 * them and records sessions, participants and attendance.
 */
export function trainingRoutes({ db, clock = systemClock }: RouteDeps): FastifyPluginAsyncZod {
  const deps = { db, clock };
  return async (app) => {
    const tags = ['Capacity'];
    const ok = { 200: trainingSchema, ...policyErrors };
    app.get(
      '/trainings',
      {
        schema: {
          tags,
          summary: 'Trainings and workshops, earliest first',
          querystring: trainingsQuery,
          response: { 200: itemsOf(trainingSchema, 'Trainings, earliest first') },
        },
      },
      async (request) => ({
        items: (await trainingService.listTrainings(db, request.query.cohort)).map(presentTraining),
      }),
    );
    app.get(
      '/trainings/:id',
      {
        schema: {
          tags,
          summary: 'One training with sessions, participants and attendance',
          params: idParams,
          response: { 200: trainingSchema, ...readErrors },
        },
      },
      async (request) => presentTraining(await trainingService.getTraining(db, request.params.id)),
    );
    app.post(
      '/trainings',
      {
        config: routePolicy('training.manage'),
        schema: {
          tags,
          summary: 'Schedule a training or workshop',
          body: trainingBody,
          response: { 201: trainingSchema, ...policyErrors },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(
            presentTraining(
              await trainingService.createTraining(deps, actionContext(request), request.body),
            ),
          ),
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
          response: ok,
        },
      },
      async (request) =>
        presentTraining(
          await trainingService.addSession(
            deps,
            actionContext(request),
            request.params.id,
            request.body,
          ),
        ),
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
          response: ok,
        },
      },
      async (request) =>
        presentTraining(
          await attendanceService.addParticipants(
            deps,
            actionContext(request),
            request.params.id,
            request.body.participants,
          ),
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
          response: ok,
        },
      },
      async (request) =>
        presentTraining(
          await attendanceService.setAttendance(
            deps,
            actionContext(request),
            request.params.id,
            request.body.sessionId,
            request.body.participantIds,
          ),
        ),
    );
  };
}
