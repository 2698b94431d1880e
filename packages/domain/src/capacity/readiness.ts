import { minimumLevel, type GraduationStage, type Rubric, type RubricLevel } from './rubric';

/** One criterion against the minimum of a stage. */
export interface CriterionReadiness {
  readonly key: string;
  readonly title: string;
  /** The level scored; null when nobody has scored it yet. */
  readonly level: RubricLevel | null;
  /** The level the stage needs. */
  readonly needed: RubricLevel;
  readonly met: boolean;
}

/**
 * A city's readiness for a stage: which criteria are met and which are missing. Never a score
 * or a rank: readiness compares a city with the rubric, not with other cities.
 */
export interface Readiness {
  readonly stage: GraduationStage;
  readonly rubricVersion: number;
  readonly met: readonly CriterionReadiness[];
  readonly missing: readonly CriterionReadiness[];
  /** Every criterion is met. */
  readonly ready: boolean;
}

/**
 * Compares levels (by criterion key) with the rubric's minimum for a stage. A criterion without
 * a level is missing.
 * @example readiness(DEFAULT_RUBRIC, 'model_city', { data: 2 }).missing.length // 5
 */
export function readiness(
  rubric: Rubric,
  stage: GraduationStage,
  levels: Readonly<Record<string, RubricLevel | null | undefined>>,
): Readiness {
  const all = rubric.criteria.map((c): CriterionReadiness => {
    const level = levels[c.key] ?? null;
    const needed = minimumLevel(rubric, c, stage);
    return { key: c.key, title: c.title, level, needed, met: level !== null && level >= needed };
  });
  const missing = all.filter((c) => !c.met);
  return {
    stage,
    rubricVersion: rubric.version,
    met: all.filter((c) => c.met),
    missing,
    ready: missing.length === 0,
  };
}
