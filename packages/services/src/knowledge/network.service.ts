import { cityProfileRepository, networkRepository, type Executor } from '@frontrunner/db';
import { ConflictError, NotFoundError, ValidationError } from '@frontrunner/domain';
import { randomUUID } from 'node:crypto';
import type { ActionContext } from '../access/actor';
import { authorize, isAllowed } from '../access/policy';
import { describeActor, recordAudit } from '../audit/audit.service';
import type { Clock } from '../clock';

/** A pairing of two cities, as services return it. */
export interface PairingView {
  id: string;
  kind: networkRepository.PairingRow['kind'];
  status: networkRepository.PairingRow['status'];
  mentor: { id: string; slug: string; name: string; country: string };
  mentee: { id: string; slug: string; name: string; country: string };
  title: string | null;
  startsOn: string | null;
  endsOn: string | null;
  goals: number[];
  createdAt: string;
}

/** A message of a pairing's thread. */
export interface MessageView {
  id: string;
  authorId: string;
  body: string;
  sentAt: string;
}

async function toViews(
  db: Executor,
  rows: readonly networkRepository.PairingRow[],
): Promise<PairingView[]> {
  const ids = [...new Set(rows.flatMap((r) => [r.mentor_city_id, r.mentee_city_id]))];
  const cities = new Map(
    (await cityProfileRepository.listCityProfiles(db, { ids })).map((c) => [
      c.id,
      { id: c.id, slug: c.slug, name: c.name, country: c.country_iso3 },
    ]),
  );
  const none = { id: '', slug: '', name: '', country: '' };
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    status: r.status,
    mentor: cities.get(r.mentor_city_id) ?? none,
    mentee: cities.get(r.mentee_city_id) ?? none,
    title: r.title,
    startsOn: r.starts_on,
    endsOn: r.ends_on,
    goals: JSON.parse(r.goals) as number[],
    createdAt: r.created_at,
  }));
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
    const row = await networkRepository.findPairing(trx, id);
    return (await toViews(trx, row ? [row] : []))[0] as PairingView;
  });
}

/** The pairings of a city (or all): public, as the network is shown on city pages. */
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
  return toViews(db, await networkRepository.listPairings(db, cityId));
}

/** Loads a pairing whose thread the actor may use: the teams of either city, the secretariat. */
async function loadThreadPairing(db: Executor, ctx: ActionContext, id: string) {
  const row = await networkRepository.findPairing(db, id);
  if (!row) throw new NotFoundError('pairing', id);
  const [view] = await toViews(db, [row]);
  if (!view) throw new NotFoundError('pairing', id);
  const inMentor = { cityId: view.mentor.id, country: view.mentor.country };
  const inMentee = { cityId: view.mentee.id, country: view.mentee.country };
  if (!isAllowed(ctx.actor, 'pairing.message', inMentor))
    authorize(ctx.actor, 'pairing.message', inMentee);
  return view;
}

/** A pairing's thread, oldest first. */
export async function listMessages(
  db: Executor,
  ctx: ActionContext,
  pairingId: string,
): Promise<MessageView[]> {
  await loadThreadPairing(db, ctx, pairingId);
  return (await networkRepository.listMessages(db, pairingId)).map((m) => ({
    id: m.id,
    authorId: m.author_id,
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
  if (!text)
    throw new ValidationError('A message needs text', [{ field: 'body', message: 'is required' }]);
  const view = await loadThreadPairing(db, ctx, pairingId);
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
  return { id: message.id, authorId: message.author_id, body: text, sentAt: message.sent_at };
}
