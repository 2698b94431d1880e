import { projectsRepository as repo, withTransaction, type Executor } from '@frontrunner/db';
import {
  claimProblems,
  NotFoundError,
  ValidationError,
  type BenefitClaim,
} from '@frontrunner/domain';
import { randomUUID } from 'node:crypto';
import type { ActionContext } from '../access/actor';
import { describeActor, recordAudit } from '../audit/audit.service';
import type { Clock } from '../clock';
import { loadFrameworkLookup } from './framework-lookup';
import { loadProject } from './project-access';
import { toClaimView, type ClaimView } from './project-view';

/** A claim to add: where it came from is `editor`, or `tagger`/`network` for an accepted suggestion. */
export type ClaimInput = Omit<BenefitClaim, 'id'>;

/**
 * Adds a benefit claim to a project, checked together with the existing claims: a known target,
 * and a quantified benefit counted once, at its indicator's target. Audited.
 */
export async function addClaim(
  db: Executor,
  ctx: ActionContext,
  request: { projectId: string; claim: ClaimInput; origin?: string },
  clock: Clock,
): Promise<ClaimView> {
  const { view } = await loadProject(db, ctx.actor, request.projectId, 'project.write');
  const lookup = await loadFrameworkLookup(db);
  const existing = (await repo.listClaims(db, [view.id])).map(toClaimView);
  // The new claim is checked last, after the existing ones; its problems are named `claim.*`.
  const prefix = `claims.${existing.length}.`;
  const problems = claimProblems(
    [...existing, request.claim],
    lookup.targets,
    lookup.indicatorIdOf,
  ).map((p) =>
    p.field.startsWith(prefix) ? { ...p, field: `claim.${p.field.slice(prefix.length)}` } : p,
  );
  if (problems.length > 0) throw new ValidationError('Invalid benefit claim', problems);
  const at = clock();
  const q = request.claim.quantified ?? null;
  const row = {
    id: randomUUID(),
    project_id: view.id,
    target_code: request.claim.target,
    kind: request.claim.kind,
    size: request.claim.size,
    indicator_number: q?.indicator ?? null,
    baseline_value: q?.baseline ?? null,
    target_value: q?.target ?? null,
    unit: q?.unit ?? null,
    evidence: request.claim.evidence?.trim() || null,
    origin: request.origin ?? 'editor',
    created_at: at.toISOString(),
    created_by: describeActor(ctx.actor).id ?? 'anonymous',
  };
  await withTransaction(db, async (trx) => {
    await repo.insertClaim(trx, row);
    await recordAudit(trx, ctx, at, {
      action: 'project.write',
      entityType: 'benefit_claim',
      entityId: row.id,
      cityId: view.city.id,
      country: view.city.country,
      after: row,
    });
  });
  return toClaimView(row);
}

/** Removes a claim from a project; audited with the claim as it was. */
export async function deleteClaim(
  db: Executor,
  ctx: ActionContext,
  request: { projectId: string; claimId: string },
  clock: Clock,
): Promise<void> {
  const { view } = await loadProject(db, ctx.actor, request.projectId, 'project.write');
  const claim = (await repo.listClaims(db, [view.id])).find((c) => c.id === request.claimId);
  if (!claim) throw new NotFoundError('benefit claim', request.claimId);
  const at = clock();
  await withTransaction(db, async (trx) => {
    await repo.deleteClaim(trx, claim.id);
    await recordAudit(trx, ctx, at, {
      action: 'project.write',
      entityType: 'benefit_claim',
      entityId: claim.id,
      cityId: view.city.id,
      country: view.city.country,
      before: claim,
    });
  });
}

/** The claims of a project, oldest first (the caller has loaded the project for reading). */
export async function listProjectClaims(db: Executor, projectId: string): Promise<ClaimView[]> {
  return (await repo.listClaims(db, [projectId])).map(toClaimView);
}
