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

/** A recommended module and why. */
export interface LearningStep {
  readonly module: LearningModule;
  /** Sentences saying which gaps call for it. */
  readonly reasons: readonly string[];
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
    const reasons: string[] = [];
    for (const c of gaps.competencies) {
      const level = c.after ?? c.before;
      if (
        level !== null &&
        level < COMPETENCY_GAP_BELOW &&
        module.competencies.includes(c.competency)
      )
        reasons.push(`Competency ${c.competency} is at ${level} of 5`);
    }
    if (
      gaps.dataCoverage !== null &&
      gaps.dataCoverage < DATA_GAP_BELOW &&
      module.competencies.includes('data_and_indicators')
    )
      reasons.push(
        `${Math.round(gaps.dataCoverage * 100)}% of the city's series have an approved value`,
      );
    for (const m of gaps.missingCriteria)
      if (module.criteria.includes(m.key))
        reasons.push(
          `Criterion "${m.title}" is ${m.level === null ? 'not scored' : `at level ${m.level}`}; ${m.needed} is needed`,
        );
    if (reasons.length > 0) steps.push({ module, reasons });
  }
  return steps;
}
