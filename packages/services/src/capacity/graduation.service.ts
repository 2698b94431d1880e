import { graduationRepository as repo, withTransaction, type Executor } from '@frontrunner/db';
import {
  ConflictError,
  isRubricLevel,
  nextStage,
  ValidationError,
  type FieldProblem,
  type RubricLevel,
} from '@frontrunner/domain';
import { randomUUID } from 'node:crypto';
import type { ActionContext } from '../access/actor';
import { authorize, type Action } from '../access/policy';
import { recordAudit } from '../audit/audit.service';
import type { Clock } from '../clock';
import { cityResource } from '../geo/city-programme.service';
import { getCity } from '../geo/geo.service';
import { getAssessment, writeAssessment } from './assessment-store';
import { computeEvidence } from './evidence';
import {
  toAssessmentView,
  type AssessmentCriterion,
  type AssessmentView,
  type EvidenceLink,
} from './graduation-view';
import { ensureRubricStored, getRubric } from './rubric.service';

type Deps = { db: Executor; clock: Clock };

/** The city's team's answer for one criterion. */
export interface SelfAssessmentEntry {
  key: string;
  level: RubricLevel;
  comment?: string | null | undefined;
  evidence?: readonly EvidenceLink[] | undefined;
}

/** A reviewer's score for one criterion. */
export interface ReviewEntry {
  key: string;
  level: RubricLevel;
  comment?: string | null | undefined;
}

/** A city's assessments, newest first: the history (the city's team, reviewers, focal point). */
export async function listAssessments(
  db: Executor,
  ctx: ActionContext,
  slug: string,
): Promise<AssessmentView[]> {
  const resource = await cityResource(db, slug);
  authorize(ctx.actor, 'assessment.read', resource);
  const rows = await repo.listAssessments(db, resource.cityId);
  return Promise.all(
    rows.map(async (r) => toAssessmentView(r, slug, await getRubric(db, Number(r.rubric_version)))),
  );
}

/**
 * Starts a city's self-assessment for its next stage against the current rubric, with the
 * evidence the platform computes. One open assessment a city at a time.
 */
export async function startAssessment(
  deps: Deps,
  ctx: ActionContext,
  slug: string,
): Promise<AssessmentView> {
  const resource = await cityResource(deps.db, slug);
  authorize(ctx.actor, 'assessment.write', resource);
  const city = await getCity(deps.db, slug);
  const target = nextStage(city.stage);
  if (!target)
    throw new ConflictError(`A city at stage "${city.stage}" has no stage to graduate to`, {
      stage: city.stage,
    });
  const open = (await repo.listAssessments(deps.db, resource.cityId)).find(
    (a) => a.status !== 'decided',
  );
  if (open) throw new ConflictError('The city has an open assessment', { id: open.id });
  const computed = await computeEvidence(deps.db, {
    id: resource.cityId,
    priorityGoals: city.priorityGoals,
  });
  const id = randomUUID();
  await withTransaction(deps.db, async (trx) => {
    const now = deps.clock();
    const rubric = await ensureRubricStored(trx, now);
    const criteria: AssessmentCriterion[] = rubric.criteria.map((c) => ({
      key: c.key,
      selfLevel: null,
      selfComment: null,
      evidence: [],
      computed: Object.fromEntries(
        c.evidence.flatMap((k) => (computed[k] ? [[k, computed[k]]] : [])),
      ),
      reviewLevel: null,
      reviewComment: null,
    }));
    const row = {
      id,
      city_id: resource.cityId,
      rubric_version: rubric.version,
      from_stage: city.stage,
      target_stage: target,
      status: 'draft' as const,
      criteria: JSON.stringify(criteria),
      decision: null,
      decision_comment: null,
      created_at: now.toISOString(),
      updated_at: now.toISOString(),
      decided_at: null,
    };
    await repo.insertAssessment(trx, row);
    await recordAudit(trx, ctx, now, {
      action: 'assessment.write',
      entityType: 'graduation_assessment',
      entityId: id,
      cityId: resource.cityId,
      country: resource.country,
      after: { status: 'draft', targetStage: target, rubricVersion: rubric.version },
    });
  });
  return getAssessment(deps.db, ctx, id);
}

/** The city's team fills in levels, comments and evidence links (while a draft). */
export async function selfAssess(
  deps: Deps,
  ctx: ActionContext,
  id: string,
  entries: readonly SelfAssessmentEntry[],
): Promise<AssessmentView> {
  return changeCriteria(
    deps,
    ctx,
    id,
    { action: 'assessment.write', status: 'draft' },
    entries,
    (c, e) => ({
      ...c,
      selfLevel: e.level,
      selfComment: e.comment?.trim() || null,
      evidence: e.evidence ? [...e.evidence] : c.evidence,
    }),
  );
}

/** A reviewer scores criteria with comments (once submitted). */
export async function review(
  deps: Deps,
  ctx: ActionContext,
  id: string,
  entries: readonly ReviewEntry[],
): Promise<AssessmentView> {
  return changeCriteria(
    deps,
    ctx,
    id,
    { action: 'assessment.score', status: 'submitted' },
    entries,
    (c, e) => ({
      ...c,
      reviewLevel: e.level,
      reviewComment: e.comment?.trim() || null,
    }),
  );
}

async function changeCriteria<E extends { key: string; level: RubricLevel }>(
  deps: Deps,
  ctx: ActionContext,
  id: string,
  rule: { action: Action; status: AssessmentView['status'] },
  entries: readonly E[],
  apply: (c: AssessmentCriterion, e: E) => AssessmentCriterion,
): Promise<AssessmentView> {
  const before = await getAssessment(deps.db, ctx, id, rule.action);
  if (before.status !== rule.status)
    throw new ConflictError(`The assessment is ${before.status}, not ${rule.status}`);
  const keys = new Set(before.criteria.map((c) => c.key));
  const problems: FieldProblem[] = entries.flatMap((e, i) => [
    ...(keys.has(e.key)
      ? []
      : [{ field: `criteria[${i}].key`, message: `no criterion "${e.key}"` }]),
    ...(isRubricLevel(e.level) ? [] : [{ field: `criteria[${i}].level`, message: 'must be 0–3' }]),
  ]);
  if (problems.length > 0) throw new ValidationError('Invalid criteria', problems);
  const byKey = new Map(entries.map((e) => [e.key, e]));
  const criteria = before.criteria.map(({ title: _title, ...c }) => {
    const e = byKey.get(c.key);
    return e ? apply(c, e) : c;
  });
  await writeAssessment(deps, ctx, before, { criteria: JSON.stringify(criteria) }, rule.action, {
    criteria: entries,
  });
  return getAssessment(deps.db, ctx, id);
}

/** The city submits its self-assessment for review: every criterion needs a level. */
export async function submitAssessment(
  deps: Deps,
  ctx: ActionContext,
  id: string,
): Promise<AssessmentView> {
  const before = await getAssessment(deps.db, ctx, id, 'assessment.write');
  if (before.status !== 'draft')
    throw new ConflictError(`The assessment is ${before.status}, not draft`);
  const unset = before.criteria.filter((c) => c.selfLevel === null);
  if (unset.length > 0)
    throw new ValidationError(
      'Give every criterion a level first',
      unset.map((c) => ({ field: `criteria.${c.key}`, message: 'has no level' })),
    );
  await writeAssessment(deps, ctx, before, { status: 'submitted' }, 'assessment.write', {
    status: 'submitted',
  });
  return getAssessment(deps.db, ctx, id);
}

export { getAssessment };
export { decideAssessment } from './graduation-decision.service';
