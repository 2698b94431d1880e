import {
  auditRepository as repo,
  geoRepository,
  type ActorKind,
  type Executor,
} from '@frontrunner/db';
import { NotFoundError } from '@frontrunner/domain';
import { randomUUID } from 'node:crypto';
import type { ActionContext, Actor } from '../access/actor';
import { authorize, readableScope } from '../access/policy';

/** What changed, as recorded by {@link recordAudit}. */
export interface AuditChange {
  /** Policy action, e.g. `city.update`. */
  readonly action: string;
  readonly entityType: string;
  readonly entityId: string;
  /** The city the change concerns (so that its focal point finds it). */
  readonly cityId?: string | null | undefined;
  readonly country?: string | null | undefined;
  /** The entity before and after, as allow-listed plain data: never a secret. */
  readonly before?: unknown;
  readonly after?: unknown;
}

/**
 * Appends one entry to the audit trail. Call it with the transaction of the change itself, so
 * that the change and its entry commit (or roll back) together.
 */
export async function recordAudit(
  trx: Executor,
  ctx: ActionContext,
  at: Date,
  change: AuditChange,
): Promise<void> {
  const who = describeActor(ctx.actor);
  await repo.insertAuditEntry(trx, {
    id: randomUUID(),
    occurred_at: at.toISOString(),
    actor_kind: who.kind,
    actor_id: who.id,
    actor_user_id: who.userId,
    action: change.action,
    entity_type: change.entityType,
    entity_id: change.entityId,
    city_id: change.cityId ?? null,
    country_iso3: change.country ?? null,
    before_json: change.before === undefined ? null : JSON.stringify(change.before),
    after_json: change.after === undefined ? null : JSON.stringify(change.after),
    request_id: ctx.requestId ?? null,
    address: ctx.address ?? null,
  });
}

/** The "who" columns of an actor. */
export function describeActor(actor: Actor): {
  kind: ActorKind;
  id: string | null;
  userId: string | null;
} {
  switch (actor.kind) {
    case 'user':
      return { kind: 'user', id: actor.userId, userId: actor.userId };
    case 'token':
      return { kind: 'token', id: actor.tokenId, userId: actor.userId };
    case 'cli':
      return { kind: 'cli', id: 'cli:local-operator', userId: null };
    case 'system':
      return { kind: 'system', id: actor.id, userId: null };
    default:
      return { kind: 'anonymous', id: null, userId: null };
  }
}

/** One audit entry as readers see it. */
export interface AuditEntryView {
  id: string;
  /** ISO 8601 UTC. */
  occurredAt: string;
  actor: { kind: ActorKind; id: string | null; userId: string | null };
  action: string;
  entityType: string;
  entityId: string;
  /** Slug of the city concerned, if any. */
  city: string | null;
  country: string | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
  address: string | null;
}

/** Filters of {@link listAudit}. */
export interface AuditQuery {
  /** Slug of a city. */
  city?: string | undefined;
  /** Entity type, e.g. `city`, `user`. */
  entity?: string | undefined;
  limit: number;
  offset: number;
}

/**
 * A page of the audit trail, newest first, narrowed to what the actor may read: all of it for
 * the secretariat, the entries of their country's cities for a focal point.
 */
export async function listAudit(
  db: Executor,
  actor: Actor,
  query: AuditQuery,
): Promise<{ items: AuditEntryView[]; total: number }> {
  authorize(actor, 'audit.read');
  let cityId: string | undefined;
  if (query.city !== undefined) {
    const [city] = await geoRepository.listCityRefsBySlug(db, [query.city]);
    if (!city) throw new NotFoundError('city', query.city);
    authorize(actor, 'audit.read', { cityId: city.id, country: city.country_iso3 });
    cityId = city.id;
  }
  const scope = readableScope(actor, 'audit.read');
  const { rows, total } = await repo.listAuditEntries(db, {
    cityId,
    entityType: query.entity,
    countryIn: scope.all ? undefined : scope.countries,
    limit: query.limit,
    offset: query.offset,
  });
  return {
    total,
    items: rows.map((r) => ({
      id: r.id,
      occurredAt: r.occurred_at,
      actor: { kind: r.actor_kind, id: r.actor_id, userId: r.actor_user_id },
      action: r.action,
      entityType: r.entity_type,
      entityId: r.entity_id,
      city: r.city_slug,
      country: r.country_iso3,
      before: r.before_json === null ? null : (JSON.parse(r.before_json) as unknown),
      after: r.after_json === null ? null : (JSON.parse(r.after_json) as unknown),
      requestId: r.request_id,
      address: r.address,
    })),
  };
}
