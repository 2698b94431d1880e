import type { graduationRepository } from '@frontrunner/db';
import {
  readiness,
  type GraduationStage,
  type Readiness,
  type Rubric,
  type RubricLevel,
} from '@frontrunner/domain';
import type { ComputedEvidence } from './evidence';

/** A link the city attaches as evidence. */
export interface EvidenceLink {
  title: string;
  url: string;
}

/** One criterion of an assessment: the city's self-assessment, the platform's evidence, the review. */
export interface AssessmentCriterion {
  key: string;
  selfLevel: RubricLevel | null;
  selfComment: string | null;
  evidence: EvidenceLink[];
  /** Computed by the platform for the evidence kinds of the criterion. */
  computed: ComputedEvidence;
  reviewLevel: RubricLevel | null;
  reviewComment: string | null;
}

/** An assessment as shown, with its readiness by the reviewer's levels. */
export interface AssessmentView {
  id: string;
  city: string;
  rubricVersion: number;
  fromStage: string;
  targetStage: GraduationStage;
  status: 'draft' | 'submitted' | 'decided';
  criteria: (AssessmentCriterion & { title: string })[];
  readiness: Readiness;
  decision: 'graduated' | 'not_yet' | null;
  decisionComment: string | null;
  createdAt: string;
  updatedAt: string;
  decidedAt: string | null;
}

/** Maps a stored assessment to its view, against the rubric version it was made with. */
export function toAssessmentView(
  row: graduationRepository.AssessmentRow,
  slug: string,
  rubric: Rubric,
): AssessmentView {
  const criteria = JSON.parse(row.criteria) as AssessmentCriterion[];
  const titles = new Map(rubric.criteria.map((c) => [c.key, c.title]));
  return {
    id: row.id,
    city: slug,
    rubricVersion: Number(row.rubric_version),
    fromStage: row.from_stage,
    targetStage: row.target_stage,
    status: row.status,
    criteria: criteria.map((c) => ({ ...c, title: titles.get(c.key) ?? c.key })),
    readiness: readiness(
      rubric,
      row.target_stage,
      Object.fromEntries(criteria.map((c) => [c.key, c.reviewLevel])),
    ),
    decision: row.decision,
    decisionComment: row.decision_comment,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    decidedAt: row.decided_at,
  };
}
