import type { Insertable, Selectable } from 'kysely';
import type { Executor } from '../connection/connect';
import type { Database } from '../schema';

export type TrainingRow = Selectable<Database['training']>;
export type TrainingSessionRow = Selectable<Database['training_session']>;
export type ParticipantRow = Selectable<Database['participant']>;

/** Trainings, earliest first; of one cohort when given. */
export async function listTrainings(db: Executor, cohortId?: string): Promise<TrainingRow[]> {
  let q = db.selectFrom('training').selectAll();
  if (cohortId !== undefined) q = q.where('cohort_id', '=', cohortId);
  return q.orderBy('starts_on').orderBy('id').execute();
}

/** Which trainings a page lists: of a cohort, upcoming (not yet ended) or past, a page of them. */
export interface TrainingPageOptions {
  cohortId?: string | undefined;
  /** `upcoming`: ends on or after `today`, earliest first; `past`: ended before, latest first. */
  when?: 'upcoming' | 'past' | undefined;
  /** YYYY-MM-DD */
  today: string;
  limit: number;
  offset: number;
}

/** A page of trainings and how many match in all. */
export async function listTrainingsPage(
  db: Executor,
  options: TrainingPageOptions,
): Promise<{ rows: TrainingRow[]; total: number }> {
  let q = db.selectFrom('training');
  if (options.cohortId !== undefined) q = q.where('cohort_id', '=', options.cohortId);
  if (options.when === 'upcoming') q = q.where('ends_on', '>=', options.today);
  if (options.when === 'past') q = q.where('ends_on', '<', options.today);
  const counted = await q
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirst();
  const order = options.when === 'past' ? 'desc' : 'asc';
  const rows = await q
    .selectAll()
    .orderBy('starts_on', order)
    .orderBy('id')
    .limit(options.limit)
    .offset(options.offset)
    .execute();
  return { rows, total: Number(counted?.n ?? 0) };
}

export async function findTraining(db: Executor, id: string): Promise<TrainingRow | undefined> {
  return db.selectFrom('training').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertTraining(db: Executor, row: Insertable<Database['training']>) {
  await db.insertInto('training').values(row).execute();
}

export async function listSessions(
  db: Executor,
  trainingId: string,
): Promise<TrainingSessionRow[]> {
  return db
    .selectFrom('training_session')
    .selectAll()
    .where('training_id', '=', trainingId)
    .orderBy('starts_at')
    .execute();
}

export async function insertSession(db: Executor, row: Insertable<Database['training_session']>) {
  await db.insertInto('training_session').values(row).execute();
}

export async function listParticipants(
  db: Executor,
  trainingId: string,
): Promise<ParticipantRow[]> {
  return db
    .selectFrom('participant')
    .selectAll()
    .where('training_id', '=', trainingId)
    .orderBy('name')
    .execute();
}

export async function insertParticipants(
  db: Executor,
  rows: readonly Insertable<Database['participant']>[],
): Promise<void> {
  if (rows.length > 0)
    await db
      .insertInto('participant')
      .values([...rows])
      .execute();
}

/** Attendance rows of a training's sessions. */
export async function listAttendance(
  db: Executor,
  trainingId: string,
): Promise<Selectable<Database['attendance']>[]> {
  return db
    .selectFrom('attendance')
    .innerJoin('training_session', 'training_session.id', 'attendance.session_id')
    .select(['attendance.session_id', 'attendance.participant_id'])
    .where('training_session.training_id', '=', trainingId)
    .execute();
}

/** Sets who attended a session: replaces its attendance with these participants. */
export async function replaceAttendance(
  db: Executor,
  sessionId: string,
  participantIds: readonly string[],
): Promise<void> {
  await db.deleteFrom('attendance').where('session_id', '=', sessionId).execute();
  if (participantIds.length > 0)
    await db
      .insertInto('attendance')
      .values(participantIds.map((participant_id) => ({ session_id: sessionId, participant_id })))
      .execute();
}

/** Per city: participants who attended at least one session, and distinct trainings attended. */
export async function countAttendanceByCity(
  db: Executor,
  cityIds: readonly string[],
): Promise<{ city_id: string; people: number; trainings: number }[]> {
  if (cityIds.length === 0) return [];
  const rows = await db
    .selectFrom('attendance')
    .innerJoin('participant', 'participant.id', 'attendance.participant_id')
    .select(['participant.city_id', 'participant.id as participant_id', 'participant.training_id'])
    .where('participant.city_id', 'in', cityIds)
    .distinct()
    .execute();
  const byCity = new Map<string, { people: Set<string>; trainings: Set<string> }>();
  for (const r of rows) {
    if (r.city_id === null) continue;
    const entry = byCity.get(r.city_id) ?? { people: new Set(), trainings: new Set() };
    entry.people.add(r.participant_id);
    entry.trainings.add(r.training_id);
    byCity.set(r.city_id, entry);
  }
  return [...byCity].map(([city_id, e]) => ({
    city_id,
    people: e.people.size,
    trainings: e.trainings.size,
  }));
}

/** The bounds of ids starting with an 8-hex-digit prefix: `[from, to)`; no upper bound after ffffffff. */
function prefixRange(prefix: string): { from: string; to: string | undefined } {
  const next = parseInt(prefix, 16) + 1;
  return { from: prefix, to: next > 0xffffffff ? undefined : next.toString(16).padStart(8, '0') };
}

/**
 * Participants whose id starts with `participantPrefix`, of trainings whose id starts with
 * `trainingPrefix` (8 lower-case hex digits each: a certificate of attendance's reference).
 * Each prefix is a range on the primary key, which both engines answer from the index whatever
 * the collation, and a LIKE that keeps the match exact; the training's range narrows first
 * (few trainings start with the same eight digits), then its participants' range.
 */
export async function listParticipantsByIdPrefixes(
  db: Executor,
  trainingPrefix: string,
  participantPrefix: string,
): Promise<Pick<ParticipantRow, 'id' | 'training_id' | 'name'>[]> {
  if (!/^[0-9a-f]{8}$/.test(trainingPrefix) || !/^[0-9a-f]{8}$/.test(participantPrefix))
    throw new RangeError('id prefixes are 8 lower-case hex digits');
  const t = prefixRange(trainingPrefix);
  const p = prefixRange(participantPrefix);
  let q = db
    .selectFrom('training')
    .innerJoin('participant', 'participant.training_id', 'training.id')
    .select(['participant.id', 'participant.training_id', 'participant.name'])
    .where('training.id', '>=', t.from)
    .where('training.id', 'like', `${trainingPrefix}%`)
    .where('participant.id', '>=', p.from)
    .where('participant.id', 'like', `${participantPrefix}%`);
  if (t.to !== undefined) q = q.where('training.id', '<', t.to);
  if (p.to !== undefined) q = q.where('participant.id', '<', p.to);
  return q.orderBy('participant.id').execute();
}
