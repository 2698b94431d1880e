import { requiredProblem, ValidationError, type FieldProblem } from '../errors';
import { DIMENSIONS, type Dimension } from '../projects/benefit-profile';
import { PROJECT_THEMES } from '../projects/project';

/** Where a case is: written, sent to the secretariat, published (public), or sent back. */
export type CaseStatus = 'draft' | 'submitted' | 'published' | 'returned';

/** What the city (submit) or the secretariat (publish, return) does to a case. */
export type CaseAction = 'submit' | 'publish' | 'return';

/** Thrown when a review action does not apply to a case's current status. */
export class CaseTransitionError extends ValidationError {
  constructor(
    readonly from: CaseStatus,
    readonly action: CaseAction,
  ) {
    super(`Cannot ${action} a case that is ${from}`, [
      { field: 'action', message: `does not apply to a ${from} case` },
    ]);
  }
}

const TRANSITIONS: Readonly<Record<CaseAction, readonly CaseStatus[]>> = {
  submit: ['draft', 'returned'],
  publish: ['submitted'],
  return: ['submitted'],
};
const RESULT: Readonly<Record<CaseAction, CaseStatus>> = {
  submit: 'submitted',
  publish: 'published',
  return: 'returned',
};

/**
 * The status after a review action: the observation workflow (draft or returned → submitted →
 * approved or returned) with "published" for "approved", since a published case is what the
 * public reads. Editing a published case does not unpublish it.
 * @example nextCaseStatus('submitted', 'publish') // 'published'
 */
export function nextCaseStatus(from: CaseStatus, action: CaseAction): CaseStatus {
  if (!TRANSITIONS[action].includes(from)) throw new CaseTransitionError(from, action);
  return RESULT[action];
}

/** A result with a number, linked where possible to a monitored series. */
export interface CaseResult {
  readonly label: string;
  readonly value: number;
  readonly unit: string;
  readonly baseline?: number | null | undefined;
  readonly year?: number | null | undefined;
  /** Code of the series or project indicator the number comes from. */
  readonly seriesCode?: string | null | undefined;
}

/** The language-neutral facts of a case, as a city editor writes them. */
export interface CaseFacts {
  readonly theme?: string | null | undefined;
  /** SDG target codes, e.g. "11.6". */
  readonly targets?: readonly string[] | undefined;
  readonly dimensions?: readonly string[] | undefined;
  readonly results?: readonly CaseResult[] | undefined;
  readonly cost?: number | null | undefined;
  readonly currency?: string | null | undefined;
  readonly partners?: readonly string[] | undefined;
  readonly contacts?: readonly { name: string; role?: string | null; email?: string | null }[];
  readonly photos?: readonly { url: string; caption?: string | null }[] | undefined;
  readonly links?: readonly { url: string; label?: string | null }[] | undefined;
}

const TARGET_CODE = /^(1[0-7]|[1-9])\.([1-9]|1[0-9]|[a-c])$/;
const LANG_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/** Whether a string is a BCP 47 language tag as cases take them: th, en, zh-Hant, … */
export function isLanguageTag(text: string): boolean {
  return LANG_TAG.test(text);
}

/** Whether a string is an http(s) URL. */
export function isWebUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/** The problems of a case's facts (empty when valid). */
export function caseFactProblems(facts: CaseFacts): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const push = (field: string, message: string) => problems.push({ field, message });
  if (facts.theme && !(PROJECT_THEMES as readonly string[]).includes(facts.theme))
    push('theme', `must be one of ${PROJECT_THEMES.join(', ')}`);
  facts.targets?.forEach((t, i) => {
    if (!TARGET_CODE.test(t)) push(`targets.${i}`, 'must be an SDG target code such as 11.6');
  });
  facts.dimensions?.forEach((d, i) => {
    if (!(DIMENSIONS as readonly string[]).includes(d))
      push(`dimensions.${i}`, `must be one of ${DIMENSIONS.join(', ')}`);
  });
  facts.results?.forEach((r, i) => {
    if (!r.label.trim()) problems.push(requiredProblem(`results.${i}.label`));
    if (!Number.isFinite(r.value)) push(`results.${i}.value`, 'must be a number');
  });
  if (facts.cost !== undefined && facts.cost !== null && !(facts.cost >= 0))
    push('cost', 'must be zero or more');
  if (facts.currency && !/^[A-Z]{3}$/.test(facts.currency))
    push('currency', 'must be an ISO 4217 code such as THB');
  facts.photos?.forEach((p, i) => {
    if (!isWebUrl(p.url)) push(`photos.${i}.url`, 'must be an http(s) URL');
  });
  facts.links?.forEach((l, i) => {
    if (!isWebUrl(l.url)) push(`links.${i}.url`, 'must be an http(s) URL');
  });
  return problems;
}

/** Throws a {@link ValidationError} naming every problem of the facts and the language tag. */
export function assertValidCase(facts: CaseFacts, lang?: string): void {
  const problems = caseFactProblems(facts);
  if (lang !== undefined && !isLanguageTag(lang))
    problems.push({ field: 'lang', message: 'must be a language tag such as th or en' });
  if (problems.length > 0) throw new ValidationError('The case is not valid', problems);
}

/** The dimensions of a case's facts, typed. */
export function caseDimensions(facts: CaseFacts): Dimension[] {
  return (facts.dimensions ?? []).filter((d): d is Dimension =>
    (DIMENSIONS as readonly string[]).includes(d),
  );
}

/** The goals a case works on: the goals of its targets, in order, once each. */
export function goalsOfTargets(targets: readonly string[]): number[] {
  return [...new Set(targets.map((t) => Number(t.split('.')[0])))]
    .filter((g) => g >= 1 && g <= 17)
    .sort((a, b) => a - b);
}
