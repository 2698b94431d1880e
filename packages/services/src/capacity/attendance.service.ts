import { geoRepository, trainingRepository as repo, withTransaction } from '@frontrunner/db';
import { NotFoundError, ValidationError } from '@frontrunner/domain';
import { randomUUID } from 'node:crypto';
import type { ActionContext } from '../access/actor';
import { authorize } from '../access/policy';
import { recordAudit } from '../audit/audit.service';
import type { Clock } from '../clock';
import type { Executor } from '@frontrunner/db';
import { getTraining, type TrainingView } from './training.service';

type Deps = { db: Executor; clock: Clock };

/** A person to register for a training. */
export interface ParticipantInput {
  name: string;
  /** Slug of their city; absent or null for guests. */
  city?: string | null | undefined;
  role: string;
  gender: 'female' | 'male' | 'other' | 'undisclosed';
}

/** Registers participants (city by slug, or none for guests). */
export async function addParticipants(
  deps: Deps,
  ctx: ActionContext,
  trainingId: string,
  people: readonly ParticipantInput[],
): Promise<TrainingView> {
  authorize(ctx.actor, 'training.manage');
  await getTraining(deps.db, trainingId);
  const wanted = [...new Set(people.flatMap((p) => (p.city ? [p.city] : [])))];
  const refs = await geoRepository.listCityRefsBySlug(deps.db, wanted);
  const ids = new Map(refs.map((r) => [r.slug, r.id]));
  const problems = people.flatMap((p, i) =>
    p.city && !ids.has(p.city)
      ? [{ field: `participants[${i}].city`, message: `no city "${p.city}"` }]
      : [],
  );
  if (problems.length > 0) throw new ValidationError('Unknown cities', problems);
  await withTransaction(deps.db, async (trx) => {
    const now = deps.clock();
    const rows = people.map((p) => ({
      id: randomUUID(),
      training_id: trainingId,
      name: p.name.trim(),
      city_id: p.city ? (ids.get(p.city) ?? null) : null,
      role: p.role.trim(),
      gender: p.gender,
      created_at: now.toISOString(),
    }));
    await repo.insertParticipants(trx, rows);
    await recordAudit(trx, ctx, now, {
      action: 'training.manage',
      entityType: 'training',
      entityId: trainingId,
      after: { participantsAdded: rows.length },
    });
  });
  return getTraining(deps.db, trainingId);
}

/** Sets who attended a session (replacing what was recorded). */
export async function setAttendance(
  deps: Deps,
  ctx: ActionContext,
  trainingId: string,
  sessionId: string,
  participantIds: readonly string[],
): Promise<TrainingView> {
  authorize(ctx.actor, 'training.manage');
  const training = await getTraining(deps.db, trainingId);
  const session = training.sessions.find((s) => s.id === sessionId);
  if (!session) throw new NotFoundError('session', sessionId);
  const known = new Set(training.participants.map((p) => p.id));
  const unknown = participantIds.filter((p) => !known.has(p));
  if (unknown.length > 0)
    throw new ValidationError('Not participants of this training', [
      { field: 'participantIds', message: unknown.join(', ') },
    ]);
  await withTransaction(deps.db, async (trx) => {
    const now = deps.clock();
    await repo.replaceAttendance(trx, sessionId, [...new Set(participantIds)]);
    await recordAudit(trx, ctx, now, {
      action: 'training.manage',
      entityType: 'training_session',
      entityId: sessionId,
      before: { attendees: session.attendees },
      after: { attendees: [...new Set(participantIds)] },
    });
  });
  return getTraining(deps.db, trainingId);
}
