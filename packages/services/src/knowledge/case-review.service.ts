import { caseRepository, withTransaction, type Executor } from '@frontrunner/db';
import { nextCaseStatus, ValidationError, type CaseAction } from '@frontrunner/domain';
import type { ActionContext } from '../access/actor';
import { authorize } from '../access/policy';
import { describeActor, recordAudit } from '../audit/audit.service';
import type { Clock } from '../clock';
import { loadCase } from './case-access';
import { reindexCase } from './case-index';
import type { CaseView } from './case-view';

/**
 * Submits a case (the city's editor), publishes it or returns it with a comment (the
 * secretariat). Publishing puts every language version in the search index.
 */
export async function reviewCase(
  db: Executor,
  ctx: ActionContext,
  id: string,
  request: { action: CaseAction; comment?: string | undefined },
  clock: Clock,
): Promise<CaseView> {
  const comment = request.comment?.trim() || null;
  if (request.action === 'return' && !comment)
    throw new ValidationError('A returned case needs a comment saying what to change', [
      { field: 'comment', message: 'is required when returning a case' },
    ]);
  return withTransaction(db, async (trx) => {
    const before = await loadCase(trx, ctx.actor, id);
    const action = request.action === 'submit' ? 'case.write' : 'case.publish';
    authorize(ctx.actor, action, {
      cityId: before.view.city.id,
      country: before.view.city.country,
    });
    const status = nextCaseStatus(before.view.status, request.action);
    const at = clock();
    await caseRepository.updateCase(trx, id, {
      status,
      review_comment: request.action === 'return' ? comment : before.row.review_comment,
      published_at:
        status === 'published'
          ? (before.row.published_at ?? at.toISOString())
          : before.row.published_at,
      updated_at: at.toISOString(),
      updated_by: describeActor(ctx.actor).id ?? 'anonymous',
    });
    const after = await loadCase(trx, ctx.actor, id);
    await reindexCase(trx, after.view, after.population, at);
    await recordAudit(trx, ctx, at, {
      action,
      entityType: 'case',
      entityId: id,
      cityId: after.view.city.id,
      country: after.view.city.country,
      before: { status: before.view.status },
      after: { status, comment },
    });
    return after.view;
  });
}
