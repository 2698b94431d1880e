import { trainingRepository as repo, type Executor } from '@frontrunner/db';
import {
  parseAttendanceReference,
  ATTENDANCE_REFERENCE_EXAMPLE,
  certificateNamesMatch,
  type FieldProblem,
  normaliseCertificateName,
  requiredProblem,
  ValidationError,
} from '@frontrunner/domain';
import type { ActionContext } from '../access/actor';
import { authorize } from '../access/policy';
import { attendanceFacts, type AttendanceCertificate } from './attendance-certificate';
import { getTraining } from './training.service';

/** What someone holding a certificate of attendance asks: is this reference this person's? */
export interface AttendanceVerificationInput {
  /** As printed, e.g. `FR-ATT-1A2B3C4D-5E6F7A8B` (case, spaces and dashes forgiven). */
  reference: string;
  /** The holder's full name as on the certificate (case and spacing forgiven). */
  name: string;
}

/**
 * The facts of a genuine certificate of attendance, as printed on it: the training, sessions
 * attended of all, the holder's city (null for guests) and the reference in its printed form.
 * Never the holder's name or role.
 */
export interface VerifiedAttendance extends Pick<
  AttendanceCertificate,
  'reference' | 'training' | 'sessionsAttended' | 'sessionsTotal' | 'cityName'
> {
  valid: true;
}

/**
 * The answer to a verification: the facts, or a bare `{ valid: false }` that is the same whether
 * the reference is unknown, the name differs or the person attended nothing.
 */
export type AttendanceVerification = VerifiedAttendance | { valid: false };

const NO_MATCH: AttendanceVerification = Object.freeze({ valid: false as const });

/**
 * Checks a certificate of attendance by its reference and the holder's name (anyone may ask:
 * `attendance_certificate.verify`). Both must match: a reference alone never gives a name, and
 * a name alone finds nothing. Throws {@link ValidationError} naming `reference` when it is not
 * shaped like one, and `name` when blank.
 */
export async function verifyAttendanceCertificate(
  db: Executor,
  ctx: ActionContext,
  input: AttendanceVerificationInput,
): Promise<AttendanceVerification> {
  authorize(ctx.actor, 'attendance_certificate.verify');
  const parts = parseAttendanceReference(input.reference);
  const problems: FieldProblem[] = [];
  if (!parts)
    problems.push({
      field: 'reference',
      message: `is not a certificate reference like ${ATTENDANCE_REFERENCE_EXAMPLE}`,
    });
  if (normaliseCertificateName(input.name) === '') problems.push(requiredProblem('name'));
  if (!parts || problems.length > 0)
    throw new ValidationError('Cannot verify this certificate', problems);
  const candidates = await repo.listParticipantsByIdPrefixes(
    db,
    parts.trainingPrefix,
    parts.participantPrefix,
  );
  // Eight hex digits each can collide; the name decides between the candidates.
  const holder = candidates.find((c) => certificateNamesMatch(input.name, c.name));
  if (!holder) return NO_MATCH;
  const training = await getTraining(db, holder.training_id);
  const participant = training.participants.find((p) => p.id === holder.id);
  const facts = participant && attendanceFacts(training, participant);
  return facts ? { valid: true, ...facts } : NO_MATCH;
}
