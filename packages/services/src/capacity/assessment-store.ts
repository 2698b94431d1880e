import {
  cityRefsRepository,
  graduationRepository as repo,
  withTransaction,
  type Executor,
} from '@frontrunner/db';
import { NotFoundError } from '@frontrunner/domain';
import type { ActionContext } from '../access/actor';
import { authorize, type Action } from '../access/policy';
import { recordAudit } from '../audit/audit.service';
import type { Clock } from '../clock';
import { cityResource } from '../geo/city-programme.service';
import { toAssessmentView, type AssessmentView } from './graduation-view';
import { getRubric } from './rubric.service';

/** An assessment with the internal id of its city, for services only (never sent). */
export type StoredAssessment = AssessmentView & { cityId: string };

/** One assessment, authorized for `action` on its city. */
export async function getAssessment(
  db: Executor,
  ctx: ActionContext,
  id: string,
  action: Action = 'assessment.read',
): Promise<StoredAssessment> {
  const row = await repo.findAssessment(db, id);
  if (!row) throw new NotFoundError('assessment', id);
  const slug = await slugOf(db, row.city_id);
  authorize(ctx.actor, action, await cityResource(db, slug));
  return {
    ...toAssessmentView(row, slug, await getRubric(db, Number(row.rubric_version))),
    cityId: row.city_id,
  };
}

/** Updates an assessment and records the audit entry of `action`, in one transaction. */
export async function writeAssessment(
  deps: { db: Executor; clock: Clock },
  ctx: ActionContext,
  before: StoredAssessment,
  patch: Partial<Omit<repo.AssessmentRow, 'id'>>,
  action: Action,
  after: unknown,
): Promise<void> {
  await withTransaction(deps.db, async (trx) => {
    const now = deps.clock();
    await repo.updateAssessment(trx, before.id, { ...patch, updated_at: now.toISOString() });
    const resource = await cityResource(trx, before.city);
    await recordAudit(trx, ctx, now, {
      action,
      entityType: 'graduation_assessment',
      entityId: before.id,
      cityId: before.cityId,
      country: resource.country,
      before: { status: before.status },
      after,
    });
  });
}

async function slugOf(db: Executor, cityId: string): Promise<string> {
  const [ref] = await cityRefsRepository.listCityRefsById(db, [cityId]);
  if (!ref) throw new NotFoundError('city', cityId);
  return ref.slug;
}
