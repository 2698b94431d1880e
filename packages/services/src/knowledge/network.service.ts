import {
  cityProfileRepository,
  networkRepository,
  userRepository,
  type Executor,
} from '@frontrunner/db';
import {
  ConflictError,
  NotFoundError,
  requiredProblem,
  ValidationError,
} from '@frontrunner/domain';
import { randomUUID } from 'node:crypto';
import type { ActionContext } from '../access/actor';
import { authorize } from '../access/policy';
import { describeActor, recordAudit } from '../audit/audit.service';
import type { Clock } from '../clock';
import {
  allowedOnEither,
  cityResource,
  isVisibleTo,
  loadPairing,
  toPairingViews,
  type PairingView,
} from './pairing-view';

export type { PairingView } from './pairing-view';

/** A message of a pairing's thread. */
export interface MessageView {
  id: string;
  authorId: string;
  /** The author's display name (null for the CLI operator or a removed account). */
  authorName: string | null;
  /** Which side the author writes for: a team of the mentor or learning city, the secretariat. */
  authorSide: 'mentor' | 'mentee' | 'secretariat' | null;
  body: string;
  sentAt: string;
}

/** The name and side of each author of a thread, by user id. */
async function describeAuthors(
  db: Executor,
  view: PairingView,
  authorIds: readonly string[],
): Promise<Map<string, Pick<MessageView, 'authorName' | 'authorSide'>>> {
  const ids = [...new Set(authorIds)];
  const assignments = await userRepository.listAssignments(db, ids);
  const out = new Map<string, Pick<MessageView, 'authorName' | 'authorSide'>>();
  for (const id of ids) {
    const mine = assignments.filter((a) => a.user_id === id);
    const side = (['mentee', 'mentor'] as const).find((k) =>
      mine.some((a) => a.city_id === view[k].id),
    );
    const secretariat = mine.some((a) => a.role === 'secretariat');
    const user = await userRepository.findUserById(db, id);
    out.set(id, {
      authorName: user?.name ?? null,
      authorSide: side ?? (secretariat ? 'secretariat' : null),
    });
  }
  return out;
}

/** Pairs two cities (the secretariat): mentoring, an exchange or a study visit. */
export async function createPairing(
  db: Executor,
  ctx: ActionContext,
  input: {
    kind: PairingView['kind'];
    mentorSlug: string;
    menteeSlug: string;
    title?: string | null | undefined;
    startsOn?: string | null | undefined;
    endsOn?: string | null | undefined;
    goals?: readonly number[] | undefined;
  },
  clock: Clock,
): Promise<PairingView> {
  authorize(ctx.actor, 'pairing.manage');
  const [mentor] = await cityProfileRepository.listCityProfiles(db, { slug: input.mentorSlug });
  const [mentee] = await cityProfileRepository.listCityProfiles(db, { slug: input.menteeSlug });
  if (!mentor) throw new NotFoundError('city', input.mentorSlug);
  if (!mentee) throw new NotFoundError('city', input.menteeSlug);
  if (mentor.id === mentee.id)
    throw new ValidationError('A city cannot be paired with itself', [
      { field: 'menteeSlug', message: 'must differ from the mentor city' },
    ]);
  if (input.kind === 'mentoring' && mentor.stage !== 'frontrunner' && mentor.stage !== 'model_city')
    throw new ConflictError('A mentor is a frontrunner or model city', { stage: mentor.stage });
  const at = clock();
  const id = randomUUID();
  return db.transaction().execute(async (trx) => {
    await networkRepository.insertPairing(trx, {
      id,
      kind: input.kind,
      mentor_city_id: mentor.id,
      mentee_city_id: mentee.id,
      status: 'active',
      title: input.title ?? null,
      starts_on: input.startsOn ?? null,
      ends_on: input.endsOn ?? null,
      goals: JSON.stringify(input.goals ?? []),
      note: null,
      created_at: at.toISOString(),
      created_by: describeActor(ctx.actor).id ?? 'anonymous',
      updated_at: at.toISOString(),
    });
    await recordAudit(trx, ctx, at, {
      action: 'pairing.manage',
      entityType: 'city_pairing',
      entityId: id,
      cityId: mentee.id,
      country: mentee.country_iso3,
      after: { kind: input.kind, mentor: mentor.slug, mentee: mentee.slug },
    });
    return loadPairing(trx, id);
  });
}

/**
 * The pairings of a city (or all), newest first: public, as the network is shown on city
 * pages, except requests not accepted, which only those concerned see ({@link isVisibleTo}).
 */
export async function listPairings(
  db: Executor,
  ctx: ActionContext,
  citySlug?: string,
): Promise<PairingView[]> {
  authorize(ctx.actor, 'search.read');
  let cityId: string | undefined;
  if (citySlug) {
    const [city] = await cityProfileRepository.listCityProfiles(db, { slug: citySlug });
    if (!city) throw new NotFoundError('city', citySlug);
    cityId = city.id;
  }
  const views = await toPairingViews(db, await networkRepository.listPairings(db, cityId));
  return views.filter((v) => isVisibleTo(ctx.actor, v));
}

/** One pairing; NotFoundError also for a request the actor may not see. */
export async function getPairing(
  db: Executor,
  ctx: ActionContext,
  id: string,
): Promise<PairingView> {
  authorize(ctx.actor, 'search.read');
  const view = await loadPairing(db, id);
  if (!isVisibleTo(ctx.actor, view)) throw new NotFoundError('pairing', id);
  return view;
}

/**
 * Loads a pairing whose thread the actor may use for `action`: `pairing.read_thread` (the
 * teams of either city, their focal points, the secretariat) or `pairing.message` (no focal
 * points).
 */
async function loadThreadPairing(
  db: Executor,
  ctx: ActionContext,
  id: string,
  action: 'pairing.read_thread' | 'pairing.message',
) {
  const view = await loadPairing(db, id);
  if (!allowedOnEither(ctx.actor, action, view))
    authorize(ctx.actor, action, cityResource(view.mentee));
  return view;
}

/** A pairing's thread, oldest first. */
export async function listMessages(
  db: Executor,
  ctx: ActionContext,
  pairingId: string,
): Promise<MessageView[]> {
  const view = await loadThreadPairing(db, ctx, pairingId, 'pairing.read_thread');
  const rows = await networkRepository.listMessages(db, pairingId);
  const authors = await describeAuthors(
    db,
    view,
    rows.map((m) => m.author_id),
  );
  return rows.map((m) => ({
    id: m.id,
    authorId: m.author_id,
    authorName: null,
    authorSide: null,
    ...authors.get(m.author_id),
    body: m.body,
    sentAt: m.sent_at,
  }));
}

/** Posts a message to a pairing's thread. */
export async function postMessage(
  db: Executor,
  ctx: ActionContext,
  pairingId: string,
  body: string,
  clock: Clock,
): Promise<MessageView> {
  const text = body.trim();
  if (!text) throw new ValidationError('A message needs text', [requiredProblem('body')]);
  const view = await loadThreadPairing(db, ctx, pairingId, 'pairing.message');
  if (view.status === 'closed')
    throw new ConflictError('The pairing is closed: its thread takes no new messages', {
      pairingId,
    });
  const at = clock();
  const message = {
    id: randomUUID(),
    pairing_id: pairingId,
    author_id: describeActor(ctx.actor).id ?? 'anonymous',
    body: text,
    sent_at: at.toISOString(),
  };
  await db.transaction().execute(async (trx) => {
    await networkRepository.insertMessage(trx, message);
    await recordAudit(trx, ctx, at, {
      action: 'pairing.message',
      entityType: 'pairing_message',
      entityId: message.id,
      cityId: view.mentee.id,
      country: view.mentee.country,
      after: { pairingId, length: text.length },
    });
  });
  const author = (await describeAuthors(db, view, [message.author_id])).get(message.author_id);
  return {
    id: message.id,
    authorId: message.author_id,
    authorName: author?.authorName ?? null,
    authorSide: author?.authorSide ?? null,
    body: text,
    sentAt: message.sent_at,
  };
}
