import { classifyLink } from './kind';
import { DEFAULT_LINK_THRESHOLD } from './options';

/**
 * The goal a target belongs to: the number before the dot.
 * @throws RangeError when the code is not a target code like `11.6` or `6.a`.
 */
function goalOfTarget(code: string): number {
  const match = /^(\d{1,2})\.[0-9a-z]{1,2}$/.exec(code);
  const goal = match ? Number(match[1]) : NaN;
  if (!(goal >= 1 && goal <= 17)) throw new RangeError(`Not a target code: "${code}"`);
  return goal;
}

/** One cell of the goal-by-goal matrix: the target links between two goals, by kind. */
export interface GoalMatrixCell {
  /** The smaller goal number (1–17). */
  readonly a: number;
  /** The larger goal number, or the same goal for links between two of its targets. */
  readonly b: number;
  /** Target links with ρ ≥ threshold. */
  readonly synergies: number;
  /** Target links with ρ ≤ −threshold. */
  readonly tradeOffs: number;
}

/**
 * Counts synergies and trade-offs between the targets of every two goals (METHODS §5, the
 * goal-by-goal view): a target link between 6.1 and 11.6 counts in cell (6, 11); one between
 * 3.1 and 3.2 in cell (3, 3). Links weaker than the threshold count nowhere. The matrix is
 * symmetric, so only cells with a ≤ b are returned, and only those with a link.
 *
 * @param links target links (`a`, `b` target codes, `rho` their mean ρ).
 * @returns cells ordered by `a`, then `b`.
 */
export function goalMatrix(
  links: readonly { readonly a: string; readonly b: string; readonly rho: number | null }[],
  threshold: number = DEFAULT_LINK_THRESHOLD,
): GoalMatrixCell[] {
  const cells = new Map<number, { a: number; b: number; synergies: number; tradeOffs: number }>();
  for (const link of links) {
    const kind = classifyLink(link.rho, threshold);
    if (kind === 'none') continue;
    const [a, b] = [goalOfTarget(link.a), goalOfTarget(link.b)].sort((x, y) => x - y) as [
      number,
      number,
    ];
    const key = a * 100 + b;
    const cell = cells.get(key) ?? { a, b, synergies: 0, tradeOffs: 0 };
    if (kind === 'synergy') cell.synergies += 1;
    else cell.tradeOffs += 1;
    cells.set(key, cell);
  }
  return [...cells.entries()].sort(([x], [y]) => x - y).map(([, cell]) => cell);
}
