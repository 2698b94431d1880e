import { apiSend } from './client.ts';

/**
 * The answer to a certificate-of-attendance check: a mirror of `attendanceVerificationSchema`
 * in `packages/server/src/routes/capacity/attendance-certificates.schema.ts`.
 */
export type AttendanceVerification =
  | {
      readonly valid: true;
      /** In its printed form, e.g. FR-ATT-1A2B3C4D-5E6F7A8B. */
      readonly reference: string;
      readonly training: {
        readonly title: string;
        readonly kind: 'training' | 'workshop';
        /** YYYY-MM-DD */
        readonly startsOn: string;
        /** YYYY-MM-DD */
        readonly endsOn: string;
        readonly place: string | null;
        readonly online: boolean;
        readonly organisers: readonly string[];
      };
      /** Sessions the holder attended, at least one. */
      readonly sessionsAttended: number;
      readonly sessionsTotal: number;
      /** The holder's city; null for guests. */
      readonly cityName: string | null;
    }
  /** No certificate matches: the server never says why. */
  | { readonly valid: false };

/** What is checked: the reference printed on the certificate and the holder's full name. */
export interface VerificationRequest {
  readonly reference: string;
  readonly name: string;
}

/** Checks a certificate of attendance (public; POST keeps the name out of the URL). */
export function verifyAttendanceCertificate(
  request: VerificationRequest,
): Promise<AttendanceVerification> {
  return apiSend('POST', '/attendance-certificates/verify', { json: request });
}
