import { projectsRepository as repo, withTransaction, type Executor } from '@frontrunner/db';
import { nextStatus, NotFoundError, ValidationError, type ReviewAction } from '@frontrunner/domain';
import { randomUUID } from 'node:crypto';
import type { ActionContext } from '../access/actor';
import { describeActor, recordAudit } from '../audit/audit.service';
import type { Clock } from '../clock';
import { isAllowed } from '../access/policy';
import { loadProject } from './project-access';
import type { ProjectView } from './project-view';
import type { IndicatorPeriod } from './results.service';

/** A value reported for one indicator of the results framework. */
export interface ReportedValue {
  indicatorId: string;
  period: string;
  /** `''` for all. */
  disaggregation: string;
  value: number;
}

/** A progress update as services return it. */
export interface ProgressUpdateView {
  id: string;
  period: string;
  narrative: string;
  values: ReportedValue[];
  evidence: { title: string; url: string }[];
  status: 'draft' | 'submitted' | 'approved' | 'returned';
  reviewComment: string | null;
  createdAt: string;
  updatedAt: string;
}

/** Maps a row to a {@link ProgressUpdateView}. */
export function toProgressView(row: repo.ProgressUpdateRow): ProgressUpdateView {
  return {
    id: row.id,
    period: row.period,
    narrative: row.narrative,
    values: JSON.parse(row.indicator_values) as ReportedValue[],
    evidence: JSON.parse(row.evidence) as ProgressUpdateView['evidence'],
    status: row.status,
    reviewComment: row.review_comment,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Writes a draft progress update (narrative, values, evidence); audited. */
export async function createProgressUpdate(
  db: Executor,
  ctx: ActionContext,
  request: {
    projectId: string;
    period: string;
    narrative: string;
    values: ReportedValue[];
    evidence: { title: string; url: string }[];
  },
  clock: Clock,
): Promise<ProgressUpdateView> {
  const { view } = await loadProject(db, ctx.actor, request.projectId, 'project.write');
  const { indicators } = await repo.listResults(db, view.id);
  const known = new Set(indicators.map((i) => i.id));
  const problems = request.values.flatMap((v, i) =>
    known.has(v.indicatorId)
      ? []
      : [{ field: `values.${i}.indicatorId`, message: 'is not an indicator of this project' }],
  );
  if (problems.length > 0) throw new ValidationError('Invalid progress update', problems);
  const at = clock().toISOString();
  const who = describeActor(ctx.actor).id ?? 'anonymous';
  const row = {
    id: randomUUID(),
    project_id: view.id,
    period: request.period,
    narrative: request.narrative.trim(),
    indicator_values: JSON.stringify(request.values),
    evidence: JSON.stringify(request.evidence),
    status: 'draft' as const,
    review_comment: null,
    created_at: at,
    created_by: who,
    updated_at: at,
    updated_by: who,
  };
  await withTransaction(db, async (trx) => {
    await repo.insertProgressUpdate(trx, row);
    await recordAudit(trx, ctx, new Date(at), {
      action: 'project.write',
      entityType: 'progress_update',
      entityId: row.id,
      cityId: view.city.id,
      country: view.city.country,
      after: row,
    });
  });
  return toProgressView(row);
}

/**
 * Submits (city editor), approves or returns (focal point, secretariat) a progress update, with
 * the same transitions as observations. Approval writes its values as the indicators' actuals.
 * Returning needs a comment.
 */
export async function reviewProgressUpdate(
  db: Executor,
  ctx: ActionContext,
  request: {
    projectId: string;
    updateId: string;
    action: ReviewAction;
    comment?: string | undefined;
  },
  clock: Clock,
): Promise<ProgressUpdateView> {
  const comment = request.comment?.trim() || null;
  if (request.action === 'return' && !comment)
    throw new ValidationError('A returned update needs a comment saying what to fix', [
      { field: 'comment', message: 'is required when returning an update' },
    ]);
  const action = request.action === 'submit' ? 'project.write' : 'project.review';
  const { view } = await loadProject(db, ctx.actor, request.projectId, action);
  const row = await repo.findProgressUpdate(db, request.updateId);
  if (!row || row.project_id !== view.id)
    throw new NotFoundError('progress update', request.updateId);
  const status = nextStatus(row.status, request.action);
  const at = clock();
  const changes = {
    status,
    review_comment: comment ?? row.review_comment,
    updated_at: at.toISOString(),
    updated_by: describeActor(ctx.actor).id ?? 'anonymous',
  };
  await withTransaction(db, async (trx) => {
    await repo.updateProgressUpdate(trx, row.id, changes);
    if (status === 'approved') await applyActuals(trx, view.id, toProgressView(row).values);
    await recordAudit(trx, ctx, at, {
      action,
      entityType: 'progress_update',
      entityId: row.id,
      cityId: view.city.id,
      country: view.city.country,
      before: { status: row.status },
      after: { status, comment },
    });
  });
  return toProgressView({ ...row, ...changes });
}

/** Writes approved values as actuals of their indicators' periods. */
async function applyActuals(
  trx: Executor,
  projectId: string,
  values: ReportedValue[],
): Promise<void> {
  const { indicators } = await repo.listResults(trx, projectId);
  for (const ind of indicators) {
    const mine = values.filter((v) => v.indicatorId === ind.id);
    if (mine.length === 0) continue;
    const periods = JSON.parse(ind.periods) as IndicatorPeriod[];
    for (const v of mine) {
      const slot = periods.find(
        (p) => p.period === v.period && p.disaggregation === v.disaggregation,
      );
      if (slot) slot.actual = v.value;
      else
        periods.push({
          period: v.period,
          disaggregation: v.disaggregation,
          target: null,
          actual: v.value,
        });
    }
    await repo.updateIndicatorPeriods(trx, ind.id, JSON.stringify(periods));
  }
}

/**
 * The progress updates of a project the actor may see: approved ones for everyone, every status
 * for those who may read the city's drafts.
 */
export async function listVisibleProgressUpdates(
  db: Executor,
  ctx: ActionContext,
  project: ProjectView,
): Promise<ProgressUpdateView[]> {
  const all = (await repo.listProgressUpdates(db, project.id)).map(toProgressView);
  const team = isAllowed(ctx.actor, 'city.read_drafts', {
    cityId: project.city.id,
    country: project.city.country,
  });
  return team ? all : all.filter((u) => u.status === 'approved');
}
