import { graduationRepository as repo, withTransaction } from '@frontrunner/db';
import { ConflictError } from '@frontrunner/domain';
import { randomUUID } from 'node:crypto';
import type { ActionContext } from '../access/actor';
import type { Clock } from '../clock';
import { updateCityProgramme } from '../geo/city-programme.service';
import type { Executor } from '@frontrunner/db';
import { getAssessment, writeAssessment } from './assessment-store';
import type { AssessmentView } from './graduation-view';
import { stageName } from './certificate-text';

type Deps = { db: Executor; clock: Clock };

/**
 * The secretariat decides. "graduated" needs every criterion met by the reviewers' levels; it
 * moves the city's stage through the city programme service (audited as `city.update`) and
 * issues a graduation certificate, in the same transaction.
 */
export async function decideAssessment(
  deps: Deps,
  ctx: ActionContext,
  id: string,
  input: { decision: 'graduated' | 'not_yet'; comment?: string | null | undefined },
): Promise<AssessmentView & { certificateId: string | null }> {
  const before = await getAssessment(deps.db, ctx, id, 'assessment.decide');
  if (before.status !== 'submitted')
    throw new ConflictError(`The assessment is ${before.status}, not submitted`);
  if (input.decision === 'graduated' && !before.readiness.ready)
    throw new ConflictError(
      `Criteria not met: ${before.readiness.missing.map((m) => m.key).join(', ')}`,
      {
        missing: before.readiness.missing.map((m) => m.key),
      },
    );
  const certificateId = input.decision === 'graduated' ? randomUUID() : null;
  await withTransaction(deps.db, async (trx) => {
    const now = deps.clock();
    await writeAssessment(
      { db: trx, clock: () => now },
      ctx,
      before,
      {
        status: 'decided',
        decision: input.decision,
        decision_comment: input.comment?.trim() || null,
        decided_at: now.toISOString(),
      },
      'assessment.decide',
      { decision: input.decision, certificateId },
    );
    if (certificateId === null) return;
    await repo.insertCertificate(trx, {
      id: certificateId,
      kind: 'graduation',
      city_id: before.cityId,
      participant_id: null,
      assessment_id: id,
      title: stageName(before.targetStage),
      issued_at: now.toISOString(),
    });
    await updateCityProgramme({ db: trx, clock: () => now }, ctx, before.city, {
      stage: before.targetStage,
    });
  });
  return { ...(await getAssessment(deps.db, ctx, id)), certificateId };
}
