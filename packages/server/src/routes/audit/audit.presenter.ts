import type { AuditEntryView } from '@frontrunner/services';

/** The fields of an audit entry a reader sees. */
export function presentAuditEntry(e: AuditEntryView) {
  return {
    id: e.id,
    occurredAt: e.occurredAt,
    actor: { kind: e.actor.kind, id: e.actor.id, userId: e.actor.userId },
    action: e.action,
    entityType: e.entityType,
    entityId: e.entityId,
    city: e.city,
    country: e.country,
    before: e.before,
    after: e.after,
    requestId: e.requestId,
    address: e.address,
  };
}
