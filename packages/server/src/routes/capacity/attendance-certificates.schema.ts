import { ATTENDANCE_REFERENCE_EXAMPLE } from '@frontrunner/domain';
import { z } from 'zod';

/** What a holder of a certificate of attendance, or whoever they show it to, types in. */
export const attendanceVerificationBody = z.object({
  /** As printed on the certificate; case, spaces and dashes are forgiven. */
  reference: z
    .string()
    .max(100)
    .describe(
      `The verification reference printed on the certificate, e.g. ${ATTENDANCE_REFERENCE_EXAMPLE}`,
    ),
  /** The holder's full name; compared after Unicode NFC, without case, with spaces collapsed. */
  name: z
    .string()
    .max(300)
    .describe('The full name printed on the certificate (case and spacing do not matter)'),
});

const verified = z.object({
  /** The certificate is genuine. */
  valid: z.literal(true).describe('The reference and the name belong to one attendee'),
  /** Normalised, e.g. FR-ATT-1A2B3C4D-5E6F7A8B. */
  reference: z.string().describe('The reference in its printed form'),
  /** The training attended: public facts, as on its public page. */
  training: z
    .object({
      title: z.string(),
      kind: z.enum(['training', 'workshop']),
      startsOn: z.string().describe('YYYY-MM-DD'),
      endsOn: z.string().describe('YYYY-MM-DD'),
      place: z.string().nullable(),
      online: z.boolean(),
      organisers: z.array(z.string()),
    })
    .describe('The training attended'),
  /** At least one. */
  sessionsAttended: z.number().int().describe('Sessions the holder attended (at least one)'),
  /** All sessions of the training. */
  sessionsTotal: z.number().int().describe('Sessions of the training'),
  /** Null for guests. */
  cityName: z.string().nullable().describe('The holder’s city; null for guests'),
});

/** No such certificate; the same answer for every reason, so it reveals nothing. */
const notVerified = z.object({
  /** Unknown reference, another name, or nobody attended: never which. */
  valid: z.literal(false).describe('No certificate matches this reference and name'),
});

/** The answer to a verification: the facts, or `{ valid: false }` and nothing else. */
export const attendanceVerificationSchema = z.discriminatedUnion('valid', [verified, notVerified]);
