import {
  cityRefsRepository,
  observationsRepository as repo,
  type Executor,
  withTransaction,
} from '@frontrunner/db';
import { nextStatus, ValidationError, NotFoundError, type ReviewAction } from '@frontrunner/domain';
import type { ActionContext } from '../access/actor';
import { authorize, readableScope } from '../access/policy';
import { describeActor, recordAudit } from '../audit/audit.service';
import type { Clock } from '../clock';
import { refreshAfterApproval } from '../scoring/recompute.service';

/** What a review call did. */
export interface ReviewResult {
  action: ReviewAction;
  /** Ids whose status changed. */
  ids: string[];
}

/**
 * Submits (city editor), approves or returns (national focal point, secretariat) values, all or
 * nothing: every value must be in a status the action applies to and in the actor's scope.
 * Returning needs a comment, which is kept in the value's history.
 */
export async function reviewObservations(
  db: Executor,
  ctx: ActionContext,
  request: { ids: readonly string[]; action: ReviewAction; comment?: string | undefined },
  clock: Clock,
): Promise<ReviewResult> {
  const comment = request.comment?.trim() || null;
  if (request.action === 'return' && !comment) {
    throw new ValidationError('A returned value needs a comment saying what to fix', [
      { field: 'comment', message: 'is required when returning values' },
    ]);
  }
  const ids = [...new Set(request.ids)];
  const result = await withTransaction(db, async (trx) => {
    const rows = await repo.listObservationsById(trx, ids);
    const found = new Set(rows.map((r) => r.id));
    const missing = ids.filter((id) => !found.has(id));
    if (missing.length > 0) throw new NotFoundError('observation', missing.slice(0, 5).join(', '));
    const cities = await cityRefsRepository.listCityRefsById(trx, [
      ...new Set(rows.flatMap((r) => (r.city_id ? [r.city_id] : []))),
    ]);
    const countryOf = new Map(cities.map((c) => [c.id, c.country_iso3]));
    const action = request.action === 'submit' ? 'observation.write' : 'observation.approve';
    const at = clock();
    const actorId = describeActor(ctx.actor).id ?? 'anonymous';
    const problems: { field: string; message: string }[] = [];
    const next = rows.map((row) => {
      authorize(ctx.actor, action, {
        cityId: row.city_id ?? undefined,
        country: row.country_iso3 ?? (row.city_id ? countryOf.get(row.city_id) : undefined),
      });
      try {
        return { row, status: nextStatus(row.status, request.action) };
      } catch (err) {
        problems.push({ field: `ids.${row.id}`, message: (err as Error).message });
        return { row, status: row.status };
      }
    });
    if (problems.length > 0)
      throw new ValidationError(
        `Cannot ${request.action} ${problems.length} of the values`,
        problems,
      );
    const versions: repo.NewObservationVersion[] = [];
    for (const { row, status } of next) {
      const version = Number(row.version) + 1;
      await repo.updateObservation(trx, row.id, {
        status,
        version,
        approved_version: status === 'approved' ? version : row.approved_version,
        updated_at: at.toISOString(),
        updated_by: actorId,
      });
      versions.push({
        observation_id: row.id,
        version,
        value: row.value,
        estimated: row.estimated,
        provisional: row.provisional,
        break_in_series: row.break_in_series,
        footnote: row.footnote,
        source: row.source,
        nature: row.nature,
        status,
        deleted: row.deleted,
        change: status,
        reason: comment,
        changed_by: actorId,
        changed_at: at.toISOString(),
      });
    }
    await repo.insertVersions(trx, versions);
    const byCity = new Map<string | null, string[]>();
    for (const { row } of next)
      byCity.set(row.city_id, [...(byCity.get(row.city_id) ?? []), row.id]);
    for (const [cityId, cityIds] of byCity) {
      await recordAudit(trx, ctx, at, {
        action,
        entityType: 'observation',
        entityId: cityIds.length === 1 ? (cityIds[0] ?? '') : `${cityIds.length} values`,
        cityId,
        country: cityId ? countryOf.get(cityId) : null,
        after: { action: request.action, ids: cityIds, comment },
      });
    }
    return {
      result: { action: request.action, ids: next.map((n) => n.row.id) },
      cityIds: [...byCity.keys()].filter((id): id is string => id !== null),
    };
  });
  if (request.action === 'approve') {
    // After the commit, so that an approval never fails on scoring; a score left stale by a
    // failure here is recomputed on its next read (scores are checked by fingerprint).
    await refreshAfterApproval(db, result.cityIds, clock).catch(() => undefined);
  }
  return result.result;
}

/** Submitted values awaiting the actor's review (their country's cities, or all), oldest first. */
export async function reviewQueue(
  db: Executor,
  ctx: ActionContext,
  page: { limit: number; offset: number },
): Promise<{ rows: repo.ObservationRow[]; total: number }> {
  authorize(ctx.actor, 'observation.approve');
  const scope = readableScope(ctx.actor, 'observation.approve');
  if (scope.all) return repo.listSubmitted(db, page);
  const cityIds = new Set(scope.cityIds);
  for (const country of scope.countries) {
    for (const city of await cityRefsRepository.listCityRefsByCountry(db, country))
      cityIds.add(city.id);
  }
  return repo.listSubmitted(db, { ...page, cityIds: [...cityIds] });
}
