import {
  attendanceCertificate,
  attendanceService,
  certificateText,
  renderCertificateHtml,
  systemClock,
  trainingForReader,
  trainingService,
  type TrainingView,
} from '@frontrunner/services';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import { actionContext, routePolicy } from '../../auth/route-policy';
import { policyErrors } from '../common/auth.schema';
import { pdfUnavailableError, sendPdf } from '../common/pdf-reply';
import { readErrors } from '../common/common.schema';
import type { PublicLinkRouteDeps } from '../route-deps';
import { presentTraining } from './capacity.presenter';
import {
  attendanceBody,
  certificateQuery,
  idParams,
  participantParams,
  participantsBody,
  sessionBody,
  trainingBody,
  trainingsQuery,
} from './capacity.schema';
import { trainingSchema, trainingsPageSchema } from './capacity-views.schema';

/** A training as the requester may see it: names only of the participants they may see. */
export function presentTrainingFor(request: FastifyRequest, t: TrainingView) {
  return presentTraining(trainingForReader(request.auth.actor, t));
}

/**
 * Trainings and workshops: public reads (the programme's calendar, with counts of participants;
 * their names only for the secretariat, the focal point and their city's team); the secretariat
 * schedules them and records sessions, participants and attendance. Certificates of attendance
 * as PDF for those who may see the name.
 */
export function trainingRoutes({
  db,
  clock = systemClock,
  publicUrl,
}: PublicLinkRouteDeps): FastifyPluginAsyncZod {
  const deps = { db, clock };
  return async (app) => {
    const tags = ['Capacity'];
    const ok = { 200: trainingSchema, ...policyErrors };
    app.get(
      '/trainings',
      {
        config: routePolicy('training.read'),
        schema: {
          tags,
          summary: 'A page of trainings and workshops: upcoming earliest first, past latest first',
          querystring: trainingsQuery,
          response: { 200: trainingsPageSchema },
        },
      },
      async (request) => {
        const { cohort, when, limit, offset } = request.query;
        const today = clock().toISOString().slice(0, 10);
        const page = await trainingService.listTrainingsPage(db, {
          cohortId: cohort,
          when,
          today,
          limit,
          offset,
        });
        return { items: page.items.map((t) => presentTrainingFor(request, t)), total: page.total };
      },
    );
    app.get(
      '/trainings/:id',
      {
        config: routePolicy('training.read'),
        schema: {
          tags,
          summary: 'One training with sessions, participants and attendance',
          description:
            'Everyone sees counts (participants by city and gender, attendance); names and who attended which session only of the participants the reader may see.',
          params: idParams,
          response: { 200: trainingSchema, ...readErrors },
        },
      },
      async (request) =>
        presentTrainingFor(request, await trainingService.getTraining(db, request.params.id)),
    );
    app.get(
      '/trainings/:id/participants/:participantId/certificate.pdf',
      {
        config: routePolicy('training.read_participants'),
        schema: {
          tags,
          summary: 'A participant’s certificate of attendance, as an A4 PDF',
          description:
            'In the language asked for (names, titles and places as entered), with the web page where the public checks it. For the secretariat, the focal point of the participant’s country and their city’s team. 409 when they attended no session; 501 where the server cannot print PDFs.',
          params: participantParams,
          querystring: certificateQuery,
          response: { ...readErrors, ...policyErrors, ...pdfUnavailableError },
        },
      },
      async (request, reply) => {
        const cert = await attendanceCertificate(db, request.auth.actor, {
          trainingId: request.params.id,
          participantId: request.params.participantId,
        });
        const { lang } = request.query;
        return sendPdf(request, reply, renderCertificateHtml(cert, { lang, publicUrl }), {
          filename: `certificate-${cert.reference.toLowerCase()}.pdf`,
          footerText: cert.reference,
          pageLabel: certificateText(lang, 'page'),
        });
      },
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
            presentTrainingFor(
              request,
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
        presentTrainingFor(
          request,
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
        presentTrainingFor(
          request,
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
        presentTrainingFor(
          request,
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
