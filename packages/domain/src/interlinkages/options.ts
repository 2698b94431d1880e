import { ValidationError, type FieldProblem } from '../errors';

/** METHODS §5: at least 5 overlapping years. */
export const DEFAULT_MIN_YEARS = 5;

/** METHODS §5: |ρ| ≥ 0.6 is a link (Pradhan et al. 2017). */
export const DEFAULT_LINK_THRESHOLD = 0.6;

/**
 * Rejects settings under which the method means nothing: fewer than 2 years (ρ is undefined)
 * or a threshold outside [0, 1].
 *
 * @throws ValidationError listing every bad setting.
 */
export function checkLinkOptions(minYears: number, threshold: number): void {
  const problems: FieldProblem[] = [];
  if (!Number.isInteger(minYears) || minYears < 2) {
    problems.push({ field: 'minYears', message: 'must be an integer of at least 2' });
  }
  if (!(threshold >= 0 && threshold <= 1)) {
    problems.push({ field: 'threshold', message: 'must be between 0 and 1' });
  }
  if (problems.length > 0) throw new ValidationError('Invalid interlinkage options', problems);
}
