import { ValidationError, type FieldProblem } from '../errors';

/** A reviewer's level for one criterion: 0 not started, 1 begun, 2 done, 3 done and sustained. */
export type RubricLevel = 0 | 1 | 2 | 3;

/** The stages a city graduates to (from candidate, then from model city). */
export type GraduationStage = 'model_city' | 'frontrunner';

/**
 * Evidence a criterion asks for. `link` is a URL the city attaches; the other kinds the platform
 * computes from its own data where it can (METHODS §7).
 */
export type EvidenceKind =
  | 'link'
  | 'priority_goals'
  | 'data_coverage'
  | 'trainings_attended'
  | 'survey_awareness'
  | 'report'
  | 'project'
  | 'case';

/** One criterion of the rubric. */
export interface RubricCriterion {
  /** Stable key, snake_case, e.g. `sdgs_localised`. */
  readonly key: string;
  readonly title: string;
  /** What each level 0–3 means for this criterion, in order. */
  readonly levels: readonly [string, string, string, string];
  /** What evidence a self-assessment attaches for this criterion. */
  readonly evidence: readonly EvidenceKind[];
  /** Overrides of the rubric's minimum level per stage, for this criterion only. */
  readonly minimum?: Partial<Record<GraduationStage, RubricLevel>> | undefined;
}

/**
 * The graduation rubric, versioned: the secretariat configures a new version, and every
 * assessment keeps the version it was scored against.
 */
export interface Rubric {
  /** 1, 2, …: a new version for every change. */
  readonly version: number;
  readonly criteria: readonly RubricCriterion[];
  /** The level every criterion must reach for a stage (unless the criterion overrides it). */
  readonly minimum: Readonly<Record<GraduationStage, RubricLevel>>;
}

/** The stage after this one, for graduation; undefined at the top or outside the programme. */
export function nextStage(stage: string): GraduationStage | undefined {
  if (stage === 'candidate') return 'model_city';
  if (stage === 'model_city') return 'frontrunner';
  return undefined;
}

/** The stage a city graduates from to reach `stage`. */
export function previousStage(stage: GraduationStage): 'candidate' | 'model_city' {
  return stage === 'model_city' ? 'candidate' : 'model_city';
}

/** The minimum level of a criterion for a stage. */
export function minimumLevel(
  rubric: Rubric,
  criterion: RubricCriterion,
  stage: GraduationStage,
): RubricLevel {
  return criterion.minimum?.[stage] ?? rubric.minimum[stage];
}

const KEY = /^[a-z][a-z0-9_]{1,47}$/;
/** Every kind of evidence a criterion can ask for, in the order forms list them. */
export const EVIDENCE_KINDS: readonly EvidenceKind[] = [
  'link',
  'priority_goals',
  'data_coverage',
  'trainings_attended',
  'survey_awareness',
  'report',
  'project',
  'case',
];

/** Whether a value is a rubric level 0–3. */
export function isRubricLevel(value: unknown): value is RubricLevel {
  return value === 0 || value === 1 || value === 2 || value === 3;
}

/**
 * Every problem with a rubric, all at once (fields `criteria[i].field`): at least one criterion,
 * unique snake_case keys, four level descriptions, known evidence kinds, levels 0–3, and a
 * Frontrunner minimum at least the Model City one.
 */
export function checkRubric(rubric: Omit<Rubric, 'version'>): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (rubric.criteria.length === 0) problems.push({ field: 'criteria', message: 'is empty' });
  const seen = new Set<string>();
  rubric.criteria.forEach((c, i) => {
    const at = (f: string) => `criteria[${i}].${f}`;
    if (!KEY.test(c.key)) problems.push({ field: at('key'), message: 'must be snake_case' });
    if (seen.has(c.key)) problems.push({ field: at('key'), message: `"${c.key}" appears twice` });
    seen.add(c.key);
    if (c.title.trim() === '') problems.push({ field: at('title'), message: 'is empty' });
    if (c.levels.length !== 4 || c.levels.some((l) => l.trim() === ''))
      problems.push({ field: at('levels'), message: 'needs four descriptions, levels 0–3' });
    for (const e of c.evidence)
      if (!EVIDENCE_KINDS.includes(e))
        problems.push({ field: at('evidence'), message: `unknown kind "${e}"` });
    for (const [stage, level] of Object.entries(c.minimum ?? {}))
      if (!isRubricLevel(level))
        problems.push({ field: at(`minimum.${stage}`), message: 'must be a level 0–3' });
  });
  const { model_city: model, frontrunner } = rubric.minimum;
  if (!isRubricLevel(model))
    problems.push({ field: 'minimum.model_city', message: 'must be a level 0–3' });
  if (!isRubricLevel(frontrunner))
    problems.push({ field: 'minimum.frontrunner', message: 'must be a level 0–3' });
  else if (isRubricLevel(model) && frontrunner < model)
    problems.push({ field: 'minimum.frontrunner', message: 'must be at least the Model City one' });
  return problems;
}

/** Returns the rubric as the next version, or throws {@link ValidationError} with every problem. */
export function newRubricVersion(
  draft: Omit<Rubric, 'version'>,
  previous: Rubric | undefined,
): Rubric {
  const problems = checkRubric(draft);
  if (problems.length > 0) throw new ValidationError('The rubric is not valid', problems);
  return { ...draft, version: (previous?.version ?? 0) + 1 };
}
