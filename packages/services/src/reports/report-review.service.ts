import { reportRepository, type Executor } from '@frontrunner/db';
import {
  ConflictError,
  nextStatus,
  ReviewTransitionError,
  ValidationError,
  type ReportDocument,
  type ReviewAction,
} from '@frontrunner/domain';
import type { ActionContext } from '../access/actor';
import { authorize } from '../access/policy';
import { describeActor, recordAudit } from '../audit/audit.service';
import type { Clock } from '../clock';
import { workingDocument } from './saved-report-document';
import { getReport } from './saved-report.service';
import { loadReport, type SavedReportView } from './saved-report-view';

/** A reviewer's decision on a submitted report. */
export type ReportDecision = 'approve' | 'return';

/**
 * Submits a report (its city's editors), approves it (the country's focal point, the
 * secretariat: publishes the whole assembled document as a frozen version) or returns it with a
 * comment saying what to change.
 */
export async function reviewReport(
  db: Executor,
  ctx: ActionContext,
  id: string,
  request: { action: ReviewAction; comment?: string | undefined },
  clock: Clock,
): Promise<SavedReportView> {
  const comment = request.comment?.trim() || null;
  if (request.action === 'return' && !comment)
    throw new ValidationError('A returned report needs a comment saying what to change', [
      { field: 'comment', message: 'is required when returning a report' },
    ]);
  const loaded = await loadReport(db, ctx.actor, id);
  const action = request.action === 'submit' ? 'report.write' : 'report.approve';
  const resource = {
    cityId: loaded.row.city_id ?? undefined,
    country: loaded.row.country_iso3 ?? undefined,
  };
  authorize(ctx.actor, action, resource);
  // Assembled before the transaction: reading stored scores may refresh them in their own.
  const frozen: ReportDocument | null =
    request.action === 'approve'
      ? { ...(await workingDocument(db, loaded, clock)), status: 'published' }
      : null;
  await db.transaction().execute(async (trx) => {
    const { row } = await loadReport(trx, ctx.actor, id);
    let status: typeof row.status;
    try {
      status = nextStatus(row.status, request.action);
    } catch (err) {
      if (err instanceof ReviewTransitionError) throw new ConflictError(err.message, err.context);
      throw err;
    }
    const at = clock();
    const by = describeActor(ctx.actor).id ?? 'anonymous';
    const version = Number(row.version);
    if (frozen) {
      if (Number(frozen.version) !== version || row.updated_at !== loaded.row.updated_at)
        throw new ConflictError('The report changed while it was being approved: try again', {
          id,
        });
      await reportRepository.insertReportVersion(trx, {
        report_id: id,
        version,
        document: JSON.stringify(frozen),
        published_at: at.toISOString(),
        published_by: by,
      });
    }
    await reportRepository.updateReport(trx, id, {
      status,
      published_version: frozen ? version : row.published_version,
      review_comment: request.action === 'return' ? comment : row.review_comment,
      updated_at: at.toISOString(),
      updated_by: by,
    });
    await recordAudit(trx, ctx, at, {
      action,
      entityType: 'report',
      entityId: id,
      cityId: row.city_id,
      country: row.country_iso3,
      before: { status: row.status },
      after: { status, version, comment },
    });
  });
  return getReport(db, ctx, id);
}
