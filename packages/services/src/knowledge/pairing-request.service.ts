import { cityProfileRepository, networkRepository, type Executor } from '@frontrunner/db';
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
import { cityResource, loadPairing, type PairingView } from './pairing-view';

/** What a city asks of a mentor city. */
export interface PairingRequestInput {
  kind: PairingView['kind'];
  /** Slug of the city asked to share its experience. */
  mentorSlug: string;
  /** The first message of the thread: who asks, and what for. */
  message: string;
  title?: string | null | undefined;
}

/** An answer of the mentor city. */
export type PairingDecision =
  { decision: 'accept' } | { decision: 'decline'; reason?: string | null | undefined };

const required = (field: string, value: string | null | undefined, what: string): string => {
  const text = value?.trim() ?? '';
  if (!text) throw new ValidationError(`${what} is required`, [requiredProblem(field)]);
  return text;
};

async function loadCity(db: Executor, slug: string, field: string) {
  const [city] = await cityProfileRepository.listCityProfiles(db, { slug });
  if (!city) {
    if (field === 'mentor')
      throw new ValidationError(`No city "${slug}"`, [{ field, message: 'is not a known city' }]);
    throw new NotFoundError('city', slug);
  }
  return city;
}

/**
 * A city asks a mentor city to pair with it (mentoring, an exchange or a study visit): the
 * pairing is `proposed` with its request `requested`, and the message opens its thread. One
 * open request between two cities at a time (ConflictError otherwise); a mentor for mentoring
 * is a frontrunner or model city.
 */
export async function requestPairing(
  db: Executor,
  ctx: ActionContext,
  menteeSlug: string,
  input: PairingRequestInput,
  clock: Clock,
): Promise<PairingView> {
  const mentee = await loadCity(db, menteeSlug, 'mentee');
  authorize(ctx.actor, 'pairing.request', { cityId: mentee.id, country: mentee.country_iso3 });
  const message = required('message', input.message, 'A first message');
  const mentor = await loadCity(db, input.mentorSlug, 'mentor');
  if (mentor.id === mentee.id)
    throw new ValidationError('A city cannot ask itself', [
      { field: 'mentor', message: 'must be another city' },
    ]);
  if (input.kind === 'mentoring' && mentor.stage !== 'frontrunner' && mentor.stage !== 'model_city')
    throw new ValidationError(`${mentor.name} is not a frontrunner or model city`, [
      { field: 'mentor', message: 'must be a frontrunner or model city for mentoring' },
    ]);
  const at = clock().toISOString();
  const id = randomUUID();
  const who = describeActor(ctx.actor).id ?? 'anonymous';
  return db.transaction().execute(async (trx) => {
    if (await networkRepository.findOpenRequest(trx, mentor.id, mentee.id))
      throw new ConflictError(
        `${mentee.name} and ${mentor.name} already have an open request: wait for the answer or withdraw it first`,
        { mentor: mentor.slug, mentee: mentee.slug },
      );
    await networkRepository.insertPairing(trx, {
      id,
      kind: input.kind,
      mentor_city_id: mentor.id,
      mentee_city_id: mentee.id,
      status: 'proposed',
      title: input.title?.trim() || null,
      goals: '[]',
      created_at: at,
      created_by: who,
      updated_at: at,
      request_status: 'requested',
      requested_by: who,
    });
    await networkRepository.insertMessage(trx, {
      id: randomUUID(),
      pairing_id: id,
      author_id: who,
      body: message,
      sent_at: at,
    });
    await recordAudit(trx, ctx, new Date(at), {
      action: 'pairing.request',
      entityType: 'city_pairing',
      entityId: id,
      cityId: mentee.id,
      country: mentee.country_iso3,
      after: { kind: input.kind, mentor: mentor.slug, mentee: mentee.slug, status: 'requested' },
    });
    return loadPairing(trx, id);
  });
}

/** The audit trail's name of each answer. */
const AUDIT_ACTIONS = {
  accepted: 'pairing.accept',
  declined: 'pairing.decline',
  withdrawn: 'pairing.withdraw',
} as const;

async function closeRequest(
  db: Executor,
  ctx: ActionContext,
  view: PairingView,
  change: {
    requestStatus: 'accepted' | 'declined' | 'withdrawn';
    reason: string | null;
    on: PairingView['mentor'];
  },
  clock: Clock,
): Promise<PairingView> {
  if (view.request?.status !== 'requested')
    throw new ConflictError(
      view.request
        ? `The request is ${view.request.status} already`
        : 'This pairing was not requested: there is nothing to answer',
      { pairingId: view.id, status: view.request?.status ?? null },
    );
  const at = clock().toISOString();
  const status = change.requestStatus === 'accepted' ? 'active' : 'closed';
  return db.transaction().execute(async (trx) => {
    await networkRepository.updatePairing(trx, view.id, {
      status,
      request_status: change.requestStatus,
      decided_at: at,
      decided_by: describeActor(ctx.actor).id ?? 'anonymous',
      decision_reason: change.reason,
      updated_at: at,
    });
    await recordAudit(trx, ctx, new Date(at), {
      action: AUDIT_ACTIONS[change.requestStatus],
      entityType: 'city_pairing',
      entityId: view.id,
      cityId: change.on.id,
      country: change.on.country,
      before: { status: view.status, request: 'requested' },
      after: { status, request: change.requestStatus, reason: change.reason },
    });
    return loadPairing(trx, view.id);
  });
}

/**
 * The mentor city answers a request: accepted, the pairing is `active`; declined (a reason is
 * required, the asking city reads it), `closed`. Its editors, its country's focal point and the
 * secretariat may answer.
 */
export async function decidePairingRequest(
  db: Executor,
  ctx: ActionContext,
  pairingId: string,
  input: PairingDecision,
  clock: Clock,
): Promise<PairingView> {
  const view = await loadPairing(db, pairingId);
  authorize(ctx.actor, 'pairing.decide', cityResource(view.mentor));
  if (input.decision === 'accept')
    return closeRequest(
      db,
      ctx,
      view,
      { requestStatus: 'accepted', reason: null, on: view.mentor },
      clock,
    );
  const reason = required('reason', input.reason, 'A reason for declining');
  return closeRequest(db, ctx, view, { requestStatus: 'declined', reason, on: view.mentor }, clock);
}

/** The asking city withdraws its open request (optionally saying why): the pairing is `closed`. */
export async function withdrawPairingRequest(
  db: Executor,
  ctx: ActionContext,
  pairingId: string,
  reason: string | null | undefined,
  clock: Clock,
): Promise<PairingView> {
  const view = await loadPairing(db, pairingId);
  authorize(ctx.actor, 'pairing.request', cityResource(view.mentee));
  return closeRequest(
    db,
    ctx,
    view,
    { requestStatus: 'withdrawn', reason: reason?.trim() || null, on: view.mentee },
    clock,
  );
}
