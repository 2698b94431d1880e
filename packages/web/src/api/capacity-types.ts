/**
 * Shapes of the capacity and graduation API (issue 8) as the web app reads them: a mirror of
 * `packages/server/src/routes/capacity/capacity-views.schema.ts` and `graduation-views.schema.ts`.
 */

import type { LearningReason } from '@frontrunner/domain';

/** A graduation target stage. */
export type TargetStage = 'model_city' | 'frontrunner';

/** A survey round. */
export type SurveyRound = 'baseline' | 'follow_up';

/** A city of a cohort. */
export interface CohortCity {
  readonly slug: string;
  readonly name: string;
  /** ISO3 */
  readonly country: string;
  /** candidate, model_city, frontrunner */
  readonly stage: string;
}

/** A cohort with its cities. */
export interface Cohort {
  /** UUID */
  readonly id: string;
  readonly name: string;
  readonly year: number;
  readonly description: string | null;
  readonly cities: readonly CohortCity[];
}

/** A training or workshop of a cohort (only what the pages show). */
export interface Training {
  readonly id: string;
  readonly kind: 'training' | 'workshop';
  readonly title: string;
  /** YYYY-MM-DD */
  readonly startsOn: string;
  /** YYYY-MM-DD */
  readonly endsOn: string;
  readonly place: string | null;
  readonly online: boolean;
  readonly topics: readonly string[];
  /** Counts anyone may see; names only in the training's page, for those who may see them. */
  readonly summary: { readonly participants: number };
}

/** A cohort with its trainings. */
export interface CohortDetail extends Cohort {
  readonly trainings: readonly Training[];
}

/** A criterion not yet met, with the reviewer's level and the level needed (0–3). */
export interface MissingCriterion {
  readonly key: string;
  readonly title: string;
  readonly level: number | null;
  readonly needed: number;
}

/** A reference to the latest assessment. */
export interface AssessmentRef {
  readonly id: string;
  readonly status: 'draft' | 'submitted' | 'decided';
  /** ISO 8601 */
  readonly createdAt: string;
}

/** One city's progress in a cohort: never a score or a rank. */
export interface CityProgress {
  readonly city: { readonly slug: string; readonly name: string; readonly country: string };
  readonly stage: string;
  readonly targetStage: TargetStage | null;
  readonly criteria: {
    readonly rubricVersion: number;
    readonly met: readonly { readonly key: string; readonly title: string }[];
    readonly missing: readonly MissingCriterion[];
  } | null;
  readonly assessment: AssessmentRef | null;
  readonly trainingsAttended: { readonly people: number; readonly trainings: number };
  /** Share 0–1 of the latest survey. */
  readonly awareness: {
    readonly share: number | null;
    readonly n: number;
    readonly opensOn: string;
  } | null;
}

/** A cohort's cities at a glance, alphabetical. */
export interface CohortProgress {
  readonly cohort: { readonly id: string; readonly name: string; readonly year: number };
  readonly cities: readonly CityProgress[];
}

/** Mean self-assessed competency level (1–5) before and after. */
export interface CompetencyChange {
  readonly competency: string;
  readonly before: number | null;
  readonly after: number | null;
  /** Levels */
  readonly change: number | null;
  readonly nBefore: number;
  readonly nAfter: number;
}

/** Competency change of a cohort and each of its cities. */
export interface CohortCompetencies {
  readonly cohort: readonly CompetencyChange[];
  readonly cities: readonly {
    readonly city: string;
    readonly change: readonly CompetencyChange[];
  }[];
}

/** The share aware in one survey, 0–1, with n and the Wilson 95% interval. */
export interface AwarenessPoint {
  readonly surveyId: string;
  readonly title: string;
  readonly round: SurveyRound;
  /** YYYY-MM-DD */
  readonly opensOn: string;
  /** A closed survey takes no more answers. */
  readonly closed: boolean;
  readonly n: number;
  readonly count: number;
  readonly share: number | null;
  readonly low: number | null;
  readonly high: number | null;
}

/** A city's awareness over time. */
export interface Awareness {
  readonly points: readonly AwarenessPoint[];
  /** Last share − first share, 0–1 */
  readonly change: number | null;
}

/** One criterion against the minimum of a stage (levels 0–3). */
export interface CriterionReadiness {
  readonly key: string;
  readonly title: string;
  readonly level: number | null;
  readonly needed: number;
  readonly met: boolean;
}

/** One gap that calls for a module, as the domain describes it (the API sends it as is). */
export type { LearningReason };

/** A recommended module and the gaps that call for it. */
export interface LearningStep {
  readonly module: {
    readonly key: string;
    readonly title: string;
    readonly kind: 'training' | 'material';
    readonly competencies: readonly string[];
    readonly criteria: readonly string[];
    readonly url: string | null;
  };
  /** The gaps that call for it, as data, worded in the interface language. */
  readonly why: readonly LearningReason[];
  /** The same gaps as English sentences (kept for API clients; the web words `why`). */
  readonly reasons: readonly string[];
}

/** Computed evidence by kind: named figures (counts, shares 0–1). */
export type ComputedEvidence = Readonly<Record<string, Readonly<Record<string, number | null>>>>;

/** A city's readiness, evidence and learning path. */
export interface ReadinessView {
  readonly city: string;
  readonly stage: string;
  readonly targetStage: TargetStage | null;
  readonly assessment: AssessmentRef | null;
  readonly readiness: {
    readonly stage: TargetStage;
    readonly rubricVersion: number;
    readonly met: readonly CriterionReadiness[];
    readonly missing: readonly CriterionReadiness[];
    readonly ready: boolean;
  } | null;
  readonly evidence: ComputedEvidence;
  readonly learningPath: readonly LearningStep[];
}

/** A rubric version: what levels 0–3 mean per criterion. */
export interface Rubric {
  readonly version: number;
  readonly criteria: readonly {
    readonly key: string;
    readonly title: string;
    readonly levels: readonly string[];
    readonly evidence: readonly string[];
  }[];
}

/** A survey question. */
export interface SurveyQuestion {
  readonly key: string;
  readonly text: string;
  readonly kind: 'yes_no' | 'scale' | 'choice';
  readonly options?: readonly string[];
  readonly optional?: boolean;
}

/** A survey as its answering page reads it. */
export interface Survey {
  readonly id: string;
  readonly city: string;
  readonly round: SurveyRound;
  readonly title: string;
  readonly opensOn: string;
  readonly closed: boolean;
  readonly questions: readonly SurveyQuestion[];
}

/** Answers by question key: "yes"/"no", 1–5 or an option. */
export type SurveyAnswers = Readonly<Record<string, string | number>>;
