import { ValidationError, type FieldProblem } from '../errors';

/** The three dimensions of sustainable development (METHODS §6). */
export const DIMENSIONS = ['environment', 'society', 'economy'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

const GOAL_DIMENSION: Readonly<Record<number, Dimension>> = {
  6: 'environment',
  13: 'environment',
  14: 'environment',
  15: 'environment',
  1: 'society',
  2: 'society',
  3: 'society',
  4: 'society',
  5: 'society',
  7: 'society',
  11: 'society',
  16: 'society',
  8: 'economy',
  9: 'economy',
  10: 'economy',
  12: 'economy',
};

/**
 * The dimension a goal belongs to ("wedding cake"); goal 17 (means of implementation) has none.
 * @example dimensionOfGoal(13) // 'environment'
 */
export function dimensionOfGoal(goal: number): Dimension | null {
  return GOAL_DIMENSION[goal] ?? null;
}

/** The goal of a target code: `11.6` → 11. */
export function goalOfTarget(target: string): number {
  return Number(target.split('.')[0]);
}

/** How a claim relates to the project: its aim, a side benefit, or a cost to manage. */
export const CLAIM_KINDS = ['primary', 'co_benefit', 'trade_off'] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

/** Expected size of an effect, weighted low 1, medium 2, high 3. */
export const CLAIM_SIZES = { low: 1, medium: 2, high: 3 } as const;
export type ClaimSize = keyof typeof CLAIM_SIZES;

/** A quantified change of one indicator: counted once, at that indicator's target. */
export interface QuantifiedBenefit {
  /** The SDG indicator number the change is measured by (`11.6.1`), listed under the claim's target. */
  readonly indicator: string;
  readonly baseline: number;
  readonly target: number;
  readonly unit?: string | null | undefined;
}

/** A project's expected effect on one SDG target. */
export interface BenefitClaim {
  readonly id: string;
  /** Target code, e.g. `11.6`. */
  readonly target: string;
  readonly kind: ClaimKind;
  /** The weight in the profile; required on every claim, quantified or not. */
  readonly size: ClaimSize;
  readonly quantified?: QuantifiedBenefit | null | undefined;
  readonly evidence?: string | null | undefined;
}

/** How one claim counted in the profile, or why it did not. */
export interface ClaimContribution {
  readonly claimId: string;
  readonly target: string;
  readonly goal: number;
  readonly dimension: Dimension | null;
  /** Size weight, negative for a trade-off; 0 when not counted. */
  readonly weight: number;
  /** Why the claim does not count, when it does not. */
  readonly ignored?: 'no_dimension' | 'counted_elsewhere' | undefined;
}

/** The multi-dimensional benefit profile of a project (METHODS §6), with its explanation. */
export interface BenefitProfile {
  readonly environment: number;
  readonly society: number;
  readonly economy: number;
  /** At least two dimensions are net positive. */
  readonly multiDimensional: boolean;
  /** One line per claim: what it added, to which dimension, or why nothing. */
  readonly contributions: readonly ClaimContribution[];
}

/**
 * The benefit profile: per dimension, the sum of the size weights of its claims (trade-offs
 * negative). A quantified benefit counts once: a later claim of the same indicator adds nothing.
 * `indicatorIdOf` maps a listing number to the indicator's identity, so that a repeated indicator
 * (1.5.1 = 11.5.1 = 13.1.1) is one benefit; by default the number is its own identity.
 */
export function benefitProfile(
  claims: readonly BenefitClaim[],
  indicatorIdOf: (indicatorNumber: string) => string | undefined = (n) => n,
): BenefitProfile {
  const totals: Record<Dimension, number> = { environment: 0, society: 0, economy: 0 };
  const counted = new Set<string>();
  const contributions = claims.map((claim): ClaimContribution => {
    const goal = goalOfTarget(claim.target);
    const dimension = dimensionOfGoal(goal);
    const base = { claimId: claim.id, target: claim.target, goal, dimension };
    if (dimension === null) return { ...base, weight: 0, ignored: 'no_dimension' };
    if (claim.quantified) {
      const id = indicatorIdOf(claim.quantified.indicator) ?? claim.quantified.indicator;
      if (counted.has(id)) return { ...base, weight: 0, ignored: 'counted_elsewhere' };
      counted.add(id);
    }
    const weight = CLAIM_SIZES[claim.size] * (claim.kind === 'trade_off' ? -1 : 1);
    totals[dimension] += weight;
    return { ...base, weight };
  });
  const positive = DIMENSIONS.filter((d) => totals[d] > 0).length;
  return { ...totals, multiDimensional: positive >= 2, contributions };
}

/**
 * Problems with a set of claims: unknown targets, and quantified benefits counted twice — the
 * same indicator in two claims, or an indicator not listed under its claim's target.
 * `knownTargets` is every target code; `indicatorIdOf` maps a listing number to its indicator id
 * (undefined for an unknown number).
 */
export function claimProblems(
  claims: readonly Omit<BenefitClaim, 'id'>[],
  knownTargets: ReadonlySet<string>,
  indicatorIdOf: (indicatorNumber: string) => string | undefined,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const firstClaimOf = new Map<string, number>();
  claims.forEach((c, i) => {
    if (!knownTargets.has(c.target))
      problems.push({ field: `claims.${i}.target`, message: `unknown target "${c.target}"` });
    if (!(CLAIM_KINDS as readonly string[]).includes(c.kind))
      problems.push({
        field: `claims.${i}.kind`,
        message: `must be one of ${CLAIM_KINDS.join(', ')}`,
      });
    if (!(c.size in CLAIM_SIZES))
      problems.push({ field: `claims.${i}.size`, message: 'must be low, medium or high' });
    const q = c.quantified;
    if (!q) return;
    const field = `claims.${i}.quantified.indicator`;
    const id = indicatorIdOf(q.indicator);
    if (id === undefined) {
      problems.push({ field, message: `unknown indicator "${q.indicator}"` });
      return;
    }
    if (!q.indicator.startsWith(`${c.target}.`))
      problems.push({
        field,
        message: `indicator ${q.indicator} is not listed under target ${c.target}`,
      });
    const first = firstClaimOf.get(id);
    if (first !== undefined)
      problems.push({
        field,
        message: `already counted in claim ${first + 1}: a quantified benefit counts once`,
      });
    else firstClaimOf.set(id, i);
  });
  return problems;
}

/** Throws a {@link ValidationError} when {@link claimProblems} finds any. */
export function assertValidClaims(
  claims: readonly Omit<BenefitClaim, 'id'>[],
  knownTargets: ReadonlySet<string>,
  indicatorIdOf: (indicatorNumber: string) => string | undefined,
): void {
  const problems = claimProblems(claims, knownTargets, indicatorIdOf);
  if (problems.length > 0) throw new ValidationError('Invalid benefit claims', problems);
}
