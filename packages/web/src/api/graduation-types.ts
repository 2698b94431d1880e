import type { ComputedEvidence, ReadinessView, TargetStage } from './capacity-types.ts';
import type { CityStage } from './types.ts';

/** A rubric level, 0–3. */
export type RubricLevel = 0 | 1 | 2 | 3;

/** Where an assessment is in its workflow. */
export type AssessmentStatus = 'draft' | 'submitted' | 'decided';

/** A link the city attached as evidence. */
export interface EvidenceLink {
  readonly title: string;
  readonly url: string;
}

/** One criterion of an assessment: the city's answer, the platform's evidence, the review. */
export interface AssessmentCriterion {
  readonly key: string;
  readonly title: string;
  readonly selfLevel: RubricLevel | null;
  readonly selfComment: string | null;
  readonly evidence: readonly EvidenceLink[];
  readonly computed: ComputedEvidence;
  readonly reviewLevel: RubricLevel | null;
  readonly reviewComment: string | null;
}

/** A graduation assessment (GET /assessments/:id). */
export interface Assessment {
  readonly id: string;
  /** City slug. */
  readonly city: string;
  readonly rubricVersion: number;
  readonly fromStage: string;
  readonly targetStage: TargetStage;
  readonly status: AssessmentStatus;
  readonly criteria: readonly AssessmentCriterion[];
  /** Criteria met and missing by the reviewers' levels. */
  readonly readiness: NonNullable<ReadinessView['readiness']>;
  readonly decision: 'graduated' | 'not_yet' | null;
  readonly decisionComment: string | null;
  /** ISO 8601 */
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly decidedAt: string | null;
}

/** One step of an assessment's history. */
export interface AssessmentStep {
  /** ISO 8601 */
  readonly at: string;
  readonly kind: 'started' | 'self_assessed' | 'submitted' | 'reviewed' | 'decided';
  /** Name of the user; null for the system. */
  readonly by: string | null;
  readonly decision: 'graduated' | 'not_yet' | null;
}

/** A graduation certificate: public facts. */
export interface GraduationCertificate {
  /** Also the verification reference printed on it. */
  readonly id: string;
  readonly assessmentId: string;
  readonly city: { readonly slug: string; readonly name: string; readonly country: string };
  /** Stage the city left. */
  readonly fromStage: CityStage;
  readonly stage: TargetStage;
  readonly title: string;
  readonly rubricVersion: number;
  /** ISO 8601 */
  readonly decidedAt: string;
  readonly issuedAt: string;
  /** Path of the PDF (under /api/v1). */
  readonly pdf: string;
  /** Path of the JSON that verifies the reference (for programs). */
  readonly verify: string;
  /** Path of the web page that verifies the reference, printed on the certificate. */
  readonly page: string;
}

/** The city's answer for one criterion (PUT /assessments/:id/self). */
export interface SelfAssessmentEntry {
  readonly key: string;
  readonly level: RubricLevel;
  readonly comment: string | null;
  readonly evidence: readonly EvidenceLink[];
}

/** A reviewer's score for one criterion (PUT /assessments/:id/review). */
export interface ReviewEntry {
  readonly key: string;
  readonly level: RubricLevel;
  readonly comment: string | null;
}

/** The secretariat's decision. */
export interface DecisionInput {
  readonly decision: 'graduated' | 'not_yet';
  readonly comment: string;
}
