import type { CompetencyChange, CompetencyKey } from './competency';
import type { CriterionReadiness } from './readiness';

/** A training or material that a gap calls for. */
export interface LearningModule {
  readonly key: string;
  readonly title: string;
  readonly kind: 'training' | 'material';
  /** Competencies it builds. */
  readonly competencies: readonly CompetencyKey[];
  /** Rubric criteria it helps meet. */
  readonly criteria: readonly string[];
  /** Where the material is, when it is one. */
  readonly url?: string | undefined;
}

/** The default catalogue of modules; trainings scheduled on the platform are added by topic. */
export const LEARNING_CATALOGUE: readonly LearningModule[] = [
  {
    key: 'localising-targets',
    title: 'Workshop: choosing priority goals and localising targets',
    kind: 'training',
    competencies: ['localising_targets'],
    criteria: ['sdgs_localised'],
  },
  {
    key: 'indicator-data',
    title: 'Training: city indicators, baselines and data entry on the platform',
    kind: 'training',
    competencies: ['data_and_indicators'],
    criteria: ['data'],
  },
  {
    key: 'co-benefit-design',
    title: 'Workshop: designing a project for co-benefits (environment, society, economy)',
    kind: 'training',
    competencies: ['project_design'],
    criteria: ['model_project'],
  },
  {
    key: 'vlr-guide',
    title: 'Guide: writing a city SDG report or Voluntary Local Review',
    kind: 'material',
    competencies: ['reporting'],
    criteria: ['reporting'],
  },
  {
    key: 'stakeholder-outreach',
    title: 'Toolkit: stakeholder engagement and running the awareness survey',
    kind: 'material',
    competencies: ['stakeholder_engagement'],
    criteria: ['capacity', 'sharing'],
  },
];

/** What a city lacks, as the platform knows it. */
export interface CityGaps {
  /** The city's latest competency levels (from {@link competencyChange}). */
  readonly competencies: readonly CompetencyChange[];
  /** Share 0–1 of the city's series with an approved value; null when unknown. */
  readonly dataCoverage: number | null;
  /** Criteria missing for the next stage (from {@link readiness}). */
  readonly missingCriteria: readonly CriterionReadiness[];
}

/**
 * One gap that calls for a module, as data, so that each reader can say it in their language: a
 * competency below the gap level (latest mean 1–5), thin data (share 0–1 of the city's series with
 * an approved value), or a rubric criterion missing for the next stage (level 0–3, null when
 * nobody scored it).
 */
export type LearningReason =
  | { readonly kind: 'competency'; readonly competency: CompetencyKey; readonly level: number }
  | { readonly kind: 'data'; readonly coverage: number }
  | {
      readonly kind: 'criterion';
      readonly criterion: string;
      readonly title: string;
      readonly level: number | null;
      readonly needed: number;
    };

/** A recommended module and why. */
export interface LearningStep {
  readonly module: LearningModule;
  /** The gaps that call for it, as data. */
  readonly why: readonly LearningReason[];
  /** The same gaps as English sentences (API clients, the CLI), from {@link reasonSentence}. */
  readonly reasons: readonly string[];
}

/**
 * A reason as the English sentence API clients and the CLI print; the one place it is worded.
 *
 * @example
 * reasonSentence({ kind: 'data', coverage: 0.25 }) // "25% of the city's series have an approved value"
 */
export function reasonSentence(reason: LearningReason): string {
  switch (reason.kind) {
    case 'competency':
      // A level is a mean of self-assessments: one decimal is what a person reads (2.3, not 2.333…).
      return `Competency ${reason.competency} is at ${Math.round(reason.level * 10) / 10} of 5`;
    case 'data':
      return `${Math.round(reason.coverage * 100)}% of the city's series have an approved value`;
    case 'criterion':
      return `Criterion "${reason.title}" is ${reason.level === null ? 'not scored' : `at level ${reason.level}`}; ${reason.needed} is needed`;
  }
}

/** A competency level below this (latest mean, 1–5) is a gap. */
export const COMPETENCY_GAP_BELOW = 3;
/** Data coverage below this share is a gap. */
export const DATA_GAP_BELOW = 0.5;

/**
 * A city's learning path: every module that answers one of its gaps (a competency below 3, data
 * coverage below half, a rubric criterion missing for the next stage), with the reasons, in
 * catalogue order. Empty when nothing is lacking.
 */
export function learningPath(
  gaps: CityGaps,
  catalogue: readonly LearningModule[] = LEARNING_CATALOGUE,
): LearningStep[] {
  const steps: LearningStep[] = [];
  for (const module of catalogue) {
    const why = reasonsFor(module, gaps);
    if (why.length > 0) steps.push({ module, why, reasons: why.map(reasonSentence) });
  }
  return steps;
}

/** The gaps of a city that one module answers, in the order competencies, data, criteria. */
function reasonsFor(module: LearningModule, gaps: CityGaps): LearningReason[] {
  const why: LearningReason[] = [];
  for (const c of gaps.competencies) {
    const level = c.after ?? c.before;
    if (
      level !== null &&
      level < COMPETENCY_GAP_BELOW &&
      module.competencies.includes(c.competency)
    )
      why.push({ kind: 'competency', competency: c.competency, level });
  }
  if (
    gaps.dataCoverage !== null &&
    gaps.dataCoverage < DATA_GAP_BELOW &&
    module.competencies.includes('data_and_indicators')
  )
    why.push({ kind: 'data', coverage: gaps.dataCoverage });
  for (const m of gaps.missingCriteria)
    if (module.criteria.includes(m.key))
      why.push({
        kind: 'criterion',
        criterion: m.key,
        title: m.title,
        level: m.level,
        needed: m.needed,
      });
  return why;
}
