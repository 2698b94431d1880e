import {
  cityRefsRepository,
  trainingRepository as repo,
  withTransaction,
  type Executor,
} from '@frontrunner/db';
import {
  isCompetencyKey,
  NotFoundError,
  ValidationError,
  type FieldProblem,
} from '@frontrunner/domain';
import { randomUUID } from 'node:crypto';
import type { ActionContext } from '../access/actor';
import { authorize } from '../access/policy';
import { recordAudit } from '../audit/audit.service';
import type { Clock } from '../clock';

/** A material of a training. */
export interface Material {
  title: string;
  url: string;
}

/** What a new training is made of. */
export interface TrainingInput {
  cohortId?: string | null | undefined;
  kind: 'training' | 'workshop';
  title: string;
  startsOn: string;
  endsOn: string;
  place?: string | null | undefined;
  online: boolean;
  organisers: readonly string[];
  topics: readonly string[];
  materials: readonly Material[];
}

/** A training as shown, with sessions, participants and who attended which session. */
export interface TrainingView extends Omit<TrainingInput, 'cohortId' | 'place'> {
  id: string;
  cohortId: string | null;
  place: string | null;
  sessions: { id: string; title: string; startsAt: string; endsAt: string; attendees: string[] }[];
  participants: TrainingParticipant[];
}

/** A person registered for a training; their city's id and country decide who sees their name. */
export interface TrainingParticipant {
  id: string;
  name: string;
  /** Slug of their city; null for guests. */
  city: string | null;
  /** Internal id of their city (never presented). */
  cityId: string | null;
  /** Name of their city, for certificates. */
  cityName: string | null;
  /** ISO3 of their city's country. */
  country: string | null;
  role: string;
  gender: 'female' | 'male' | 'other' | 'undisclosed';
}

type Deps = { db: Executor; clock: Clock };

/** Trainings (public), of a cohort when given, with their sessions and participants. */
export async function listTrainings(db: Executor, cohortId?: string): Promise<TrainingView[]> {
  const rows = await repo.listTrainings(db, cohortId);
  return Promise.all(rows.map((r) => getTraining(db, r.id)));
}

/** A page of trainings: of a cohort, upcoming or past (as of `today`), with the total. */
export async function listTrainingsPage(
  db: Executor,
  options: repo.TrainingPageOptions,
): Promise<{ items: TrainingView[]; total: number }> {
  const { rows, total } = await repo.listTrainingsPage(db, options);
  return { items: await Promise.all(rows.map((r) => getTraining(db, r.id))), total };
}

/** One training; throws {@link NotFoundError}. */
export async function getTraining(db: Executor, id: string): Promise<TrainingView> {
  const r = await repo.findTraining(db, id);
  if (!r) throw new NotFoundError('training', id);
  const [sessions, participants, attendance] = await Promise.all([
    repo.listSessions(db, id),
    repo.listParticipants(db, id),
    repo.listAttendance(db, id),
  ]);
  const cities = await cityRefs(
    db,
    participants.map((p) => p.city_id),
  );
  return {
    id: r.id,
    cohortId: r.cohort_id,
    kind: r.kind,
    title: r.title,
    startsOn: r.starts_on,
    endsOn: r.ends_on,
    place: r.place,
    online: Number(r.online) === 1,
    organisers: JSON.parse(r.organisers) as string[],
    topics: JSON.parse(r.topics) as string[],
    materials: JSON.parse(r.materials) as Material[],
    sessions: sessions.map((s) => ({
      id: s.id,
      title: s.title,
      startsAt: s.starts_at,
      endsAt: s.ends_at,
      attendees: attendance.filter((a) => a.session_id === s.id).map((a) => a.participant_id),
    })),
    participants: participants.map((p) => {
      const city = p.city_id === null ? undefined : cities.get(p.city_id);
      return {
        id: p.id,
        name: p.name,
        city: city?.slug ?? null,
        cityId: city?.id ?? null,
        cityName: city?.name ?? null,
        country: city?.country_iso3 ?? null,
        role: p.role,
        gender: p.gender,
      };
    }),
  };
}

/** Schedules a training or workshop (secretariat). Topics are competency keys. */
export async function createTraining(
  deps: Deps,
  ctx: ActionContext,
  input: TrainingInput,
): Promise<TrainingView> {
  authorize(ctx.actor, 'training.manage');
  const problems: FieldProblem[] = [];
  if (input.endsOn < input.startsOn)
    problems.push({ field: 'endsOn', message: 'is before startsOn' });
  for (const t of input.topics)
    if (!isCompetencyKey(t))
      problems.push({ field: 'topics', message: `"${t}" is not a competency` });
  if (!input.online && !input.place?.trim())
    problems.push({ field: 'place', message: 'needed unless online' });
  if (problems.length > 0) throw new ValidationError('Invalid training', problems);
  const id = randomUUID();
  await withTransaction(deps.db, async (trx) => {
    const now = deps.clock();
    const row = {
      id,
      cohort_id: input.cohortId ?? null,
      kind: input.kind,
      title: input.title.trim(),
      starts_on: input.startsOn,
      ends_on: input.endsOn,
      place: input.place?.trim() || null,
      online: input.online ? 1 : 0,
      organisers: JSON.stringify(input.organisers),
      topics: JSON.stringify(input.topics),
      materials: JSON.stringify(input.materials),
      created_at: now.toISOString(),
    };
    await repo.insertTraining(trx, row);
    await recordAudit(trx, ctx, now, {
      action: 'training.manage',
      entityType: 'training',
      entityId: id,
      after: row,
    });
  });
  return getTraining(deps.db, id);
}

/** Adds a session to a training. */
export async function addSession(
  deps: Deps,
  ctx: ActionContext,
  trainingId: string,
  input: { title: string; startsAt: string; endsAt: string },
): Promise<TrainingView> {
  authorize(ctx.actor, 'training.manage');
  await getTraining(deps.db, trainingId);
  if (input.endsAt < input.startsAt)
    throw new ValidationError('Invalid session', [
      { field: 'endsAt', message: 'is before startsAt' },
    ]);
  await withTransaction(deps.db, async (trx) => {
    const now = deps.clock();
    const row = {
      id: randomUUID(),
      training_id: trainingId,
      title: input.title.trim(),
      starts_at: input.startsAt,
      ends_at: input.endsAt,
    };
    await repo.insertSession(trx, row);
    await recordAudit(trx, ctx, now, {
      action: 'training.manage',
      entityType: 'training_session',
      entityId: row.id,
      after: row,
    });
  });
  return getTraining(deps.db, trainingId);
}

type CityRef = cityRefsRepository.CityRef;

async function cityRefs(
  db: Executor,
  ids: readonly (string | null)[],
): Promise<Map<string, CityRef>> {
  const wanted = [...new Set(ids.filter((i): i is string => i !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await cityRefsRepository.listCityRefsById(db, wanted);
  return new Map(rows.map((r) => [r.id, r]));
}
