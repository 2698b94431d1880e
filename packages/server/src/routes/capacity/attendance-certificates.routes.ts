import { attendanceVerificationService, type AttendanceVerification } from '@frontrunner/services';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actionContext, routePolicy } from '../../auth/route-policy';
import { policyErrors } from '../common/auth.schema';
import type { RouteDeps } from '../route-deps';
import {
  attendanceVerificationBody,
  attendanceVerificationSchema,
} from './attendance-certificates.schema';

/** What the verification route is built with. */
export interface AttendanceCertificateRouteDeps extends RouteDeps {
  /** Requests per minute per address, as for sign-in: guessing references costs time. */
  readonly authRateLimit: number;
}

/** The answer, field by field: nothing beyond these ever reaches the client. */
function presentVerification(v: AttendanceVerification) {
  if (!v.valid) return { valid: false as const };
  const t = v.training;
  return {
    valid: true as const,
    reference: v.reference,
    training: {
      title: t.title,
      kind: t.kind,
      startsOn: t.startsOn,
      endsOn: t.endsOn,
      place: t.place,
      online: t.online,
      organisers: [...t.organisers],
    },
    sessionsAttended: v.sessionsAttended,
    sessionsTotal: v.sessionsTotal,
    cityName: v.cityName,
  };
}

/**
 * Verifying a certificate of attendance (public): the reference printed on it and the holder's
 * name, both required, so that the reference is no way to look a name up. POST, not GET, keeps
 * the name out of URLs, proxies and access logs. Rate-limited per address like sign-in.
 */
export function attendanceCertificateRoutes({
  db,
  authRateLimit,
}: AttendanceCertificateRouteDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/attendance-certificates/verify',
      {
        config: {
          ...routePolicy('attendance_certificate.verify'),
          rateLimit: { max: authRateLimit, timeWindow: 60_000 },
        },
        schema: {
          tags: ['Capacity'],
          summary:
            'Verify a certificate of attendance by its reference and the holder’s name (public)',
          description:
            'Answers `{ valid: true, … }` with the training’s facts when the reference belongs to a participant of that name who attended at least one session; otherwise `{ valid: false }` and nothing else, whatever the reason. A reference not shaped like FR-ATT-1A2B3C4D-5E6F7A8B is a 400 naming `reference`. Nothing is written: not even the audit trail, which would otherwise keep the names people typed.',
          body: attendanceVerificationBody,
          response: { 200: attendanceVerificationSchema, ...policyErrors },
        },
      },
      async (request) =>
        presentVerification(
          await attendanceVerificationService.verifyAttendanceCertificate(
            db,
            actionContext(request),
            request.body,
          ),
        ),
    );
  };
}
