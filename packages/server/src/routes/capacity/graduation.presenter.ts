import type {
  AssessmentView,
  CityLearningPathView,
  CityReadinessView,
  CohortProgressView,
  ComputedEvidence,
} from '@frontrunner/services';
import type { LearningStep, Readiness, Rubric } from '@frontrunner/domain';

/** A rubric version. */
export function presentRubric(r: Rubric) {
  return {
    version: r.version,
    minimum: { model_city: r.minimum.model_city, frontrunner: r.minimum.frontrunner },
    criteria: r.criteria.map((c) => ({
      key: c.key,
      title: c.title,
      levels: [...c.levels],
      evidence: [...c.evidence],
      ...(c.minimum
        ? { minimum: { model_city: c.minimum.model_city, frontrunner: c.minimum.frontrunner } }
        : {}),
    })),
  };
}

/** Computed evidence: figures by kind (already aggregates of the city's own data). */
function presentEvidence(e: ComputedEvidence): Record<string, Record<string, number | null>> {
  return Object.fromEntries(Object.entries(e).map(([kind, figures]) => [kind, { ...figures }]));
}

/** Criteria met and missing. */
export function presentReadiness(r: Readiness) {
  const criterion = (c: Readiness['met'][number]) => ({
    key: c.key,
    title: c.title,
    level: c.level,
    needed: c.needed,
    met: c.met,
  });
  return {
    stage: r.stage,
    rubricVersion: r.rubricVersion,
    met: r.met.map(criterion),
    missing: r.missing.map(criterion),
    ready: r.ready,
  };
}

/** An assessment: the city by slug; the internal city id of the service stays out. */
export function presentAssessment(a: AssessmentView) {
  return {
    id: a.id,
    city: a.city,
    rubricVersion: a.rubricVersion,
    fromStage: a.fromStage,
    targetStage: a.targetStage,
    status: a.status,
    criteria: a.criteria.map((c) => ({
      key: c.key,
      title: c.title,
      selfLevel: c.selfLevel,
      selfComment: c.selfComment,
      evidence: c.evidence.map((l) => ({ title: l.title, url: l.url })),
      computed: presentEvidence(c.computed),
      reviewLevel: c.reviewLevel,
      reviewComment: c.reviewComment,
    })),
    readiness: presentReadiness(a.readiness),
    decision: a.decision,
    decisionComment: a.decisionComment,
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
    decidedAt: a.decidedAt,
  };
}

/** An assessment after a decision, with the certificate issued. */
export function presentDecidedAssessment(a: AssessmentView & { certificateId: string | null }) {
  return { ...presentAssessment(a), certificateId: a.certificateId };
}

function presentStep(s: LearningStep) {
  return {
    module: {
      key: s.module.key,
      title: s.module.title,
      kind: s.module.kind,
      competencies: [...s.module.competencies],
      criteria: [...s.module.criteria],
      url: s.module.url ?? null,
    },
    why: s.why.map((r) => ({ ...r })),
    reasons: [...s.reasons],
  };
}

/** A city's readiness with evidence and learning path. */
export function presentCityReadiness(v: CityReadinessView) {
  return {
    city: v.city,
    stage: v.stage,
    targetStage: v.targetStage,
    assessment: v.assessment
      ? { id: v.assessment.id, status: v.assessment.status, createdAt: v.assessment.createdAt }
      : null,
    readiness: v.readiness ? presentReadiness(v.readiness) : null,
    evidence: presentEvidence(v.evidence),
    learningPath: v.learningPath.map(presentStep),
  };
}

/** A city's learning path. */
export function presentLearningPath(v: CityLearningPathView) {
  return {
    city: v.city,
    stage: v.stage,
    targetStage: v.targetStage,
    steps: v.steps.map(presentStep),
  };
}

/** A cohort's progress at a glance: cities by slug, alphabetical, never ranked. */
export function presentCohortProgress(v: CohortProgressView) {
  return {
    cohort: { id: v.cohort.id, name: v.cohort.name, year: v.cohort.year },
    cities: v.cities.map((c) => ({
      city: { slug: c.city.slug, name: c.city.name, country: c.city.country },
      stage: c.stage,
      targetStage: c.targetStage,
      criteria: c.criteria
        ? {
            rubricVersion: c.criteria.rubricVersion,
            met: c.criteria.met.map((m) => ({ key: m.key, title: m.title })),
            missing: c.criteria.missing.map((m) => ({
              key: m.key,
              title: m.title,
              level: m.level,
              needed: m.needed,
            })),
          }
        : null,
      assessment: c.assessment
        ? { id: c.assessment.id, status: c.assessment.status, createdAt: c.assessment.createdAt }
        : null,
      trainingsAttended: {
        people: c.trainingsAttended.people,
        trainings: c.trainingsAttended.trainings,
      },
      awareness: c.awareness
        ? { share: c.awareness.share, n: c.awareness.n, opensOn: c.awareness.opensOn }
        : null,
    })),
  };
}
