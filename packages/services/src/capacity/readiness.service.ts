import { graduationRepository as repo, type Executor } from '@frontrunner/db';
import {
  learningPath,
  nextStage,
  readiness,
  type GraduationStage,
  type LearningStep,
  type Readiness,
} from '@frontrunner/domain';
import type { ActionContext } from '../access/actor';
import { authorize } from '../access/policy';
import { cityResource } from '../geo/city-programme.service';
import { getCity } from '../geo/geo.service';
import { cityCompetencies } from './competency.service';
import { computeEvidence, type ComputedEvidence } from './evidence';
import type { AssessmentCriterion } from './graduation-view';
import { currentRubric, getRubric } from './rubric.service';

/** The latest assessment of a city for its target stage, as readiness refers to it. */
export interface AssessmentRef {
  id: string;
  status: 'draft' | 'submitted' | 'decided';
  createdAt: string;
}

/** A city's readiness for its next stage, what the platform knows, and its learning path. */
export interface CityReadinessView {
  city: string;
  stage: string;
  /** Null at Frontrunner or outside the programme. */
  targetStage: GraduationStage | null;
  /** The latest assessment for the target stage, if any. */
  assessment: AssessmentRef | null;
  /** Criteria met and missing, by the reviewers' levels of that assessment (none: all missing). */
  readiness: Readiness | null;
  evidence: ComputedEvidence;
  learningPath: LearningStep[];
}

/** A city's learning path on its own: the modules its gaps call for, with the reasons. */
export interface CityLearningPathView {
  city: string;
  stage: string;
  targetStage: GraduationStage | null;
  steps: LearningStep[];
}

/**
 * Readiness of a city (by internal id) for `target`, by the reviewers' levels of its latest
 * assessment for that stage; every criterion is missing when there is none.
 */
export async function readinessOf(
  db: Executor,
  cityId: string,
  target: GraduationStage,
): Promise<{ readiness: Readiness; assessment: AssessmentRef | null }> {
  const latest = (await repo.listAssessments(db, cityId)).find((a) => a.target_stage === target);
  const rubric = latest
    ? await getRubric(db, Number(latest.rubric_version))
    : await currentRubric(db);
  const levels = latest
    ? Object.fromEntries(
        (JSON.parse(latest.criteria) as AssessmentCriterion[]).map((c) => [c.key, c.reviewLevel]),
      )
    : {};
  return {
    readiness: readiness(rubric, target, levels),
    assessment: latest
      ? { id: latest.id, status: latest.status, createdAt: latest.created_at }
      : null,
  };
}

/**
 * Readiness of a city as criteria met and missing, never a rank: the latest assessment for the
 * next stage scored by reviewers, the evidence the platform computes, and the trainings and
 * materials its gaps call for.
 */
export async function cityReadiness(
  db: Executor,
  ctx: ActionContext,
  slug: string,
): Promise<CityReadinessView> {
  const resource = await cityResource(db, slug);
  authorize(ctx.actor, 'assessment.read', resource);
  const city = await getCity(db, slug);
  const target = nextStage(city.stage) ?? null;
  const found = target ? await readinessOf(db, resource.cityId, target) : null;
  const evidence = await computeEvidence(db, {
    id: resource.cityId,
    priorityGoals: city.priorityGoals,
  });
  const share = evidence.data_coverage?.share;
  return {
    city: slug,
    stage: city.stage,
    targetStage: target,
    assessment: found?.assessment ?? null,
    readiness: found?.readiness ?? null,
    evidence,
    learningPath: learningPath({
      competencies: await cityCompetencies(db, slug),
      dataCoverage: typeof share === 'number' ? share : null,
      missingCriteria: found?.readiness.missing ?? [],
    }),
  };
}

/** A city's learning path on its own (same reach as its readiness, which it derives from). */
export async function cityLearningPath(
  db: Executor,
  ctx: ActionContext,
  slug: string,
): Promise<CityLearningPathView> {
  const view = await cityReadiness(db, ctx, slug);
  return {
    city: view.city,
    stage: view.stage,
    targetStage: view.targetStage,
    steps: view.learningPath,
  };
}
