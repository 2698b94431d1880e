import { ValidationError, type FieldProblem } from '../errors';
import type { CodebookEntry } from './types';

/** The SDGs' deadline year: trends measure the pace needed to reach green by then. */
export const SDG_DEADLINE_YEAR = 2030;

/** First year of the SDSN trend window when a codebook entry does not set its own. */
export const DEFAULT_TREND_FROM = 2015;

/**
 * Every problem with a codebook, all at once: fields are `series[i].field`. A codebook the scorer
 * can use has unique series, goals 1–17, finite numbers, an optimum distinct from the lower bound,
 * a green threshold at least as good as the red one, and trend windows starting before 2030.
 */
export function checkCodebook(codebook: readonly CodebookEntry[]): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  codebook.forEach((entry, i) => {
    const at = (field: string): string => `codebook[${i}].${field}`;
    if (entry.series.trim() === '') problems.push({ field: at('series'), message: 'is empty' });
    if (seen.has(entry.series)) {
      problems.push({ field: at('series'), message: `"${entry.series}" appears twice` });
    }
    seen.add(entry.series);
    if (!Number.isInteger(entry.goal) || entry.goal < 1 || entry.goal > 17) {
      problems.push({ field: at('goal'), message: 'must be an SDG number, 1–17' });
    }
    const numbers = ['optimum', 'green', 'red', 'lowerBound'] as const;
    const finite = numbers.every((key) => Number.isFinite(entry[key]));
    for (const key of numbers) {
      if (!Number.isFinite(entry[key]))
        problems.push({ field: at(key), message: 'must be finite' });
    }
    if (finite && entry.optimum === entry.lowerBound) {
      problems.push({ field: at('optimum'), message: 'must differ from the lower bound' });
    }
    if (finite && entry.optimum !== entry.lowerBound) {
      const span = entry.optimum - entry.lowerBound;
      if ((entry.green - entry.lowerBound) / span < (entry.red - entry.lowerBound) / span) {
        problems.push({ field: at('green'), message: 'must be nearer the optimum than red' });
      }
    }
    const from = entry.trendFrom;
    if (from !== undefined && (!Number.isInteger(from) || from >= SDG_DEADLINE_YEAR)) {
      problems.push({ field: at('trendFrom'), message: 'must be a year before 2030' });
    }
  });
  return problems;
}

/**
 * Throws a {@link ValidationError} listing every problem {@link checkCodebook} finds; returns
 * nothing when the codebook is usable.
 */
export function assertValidCodebook(codebook: readonly CodebookEntry[]): void {
  const problems = checkCodebook(codebook);
  if (problems.length > 0) throw new ValidationError('The scoring codebook is invalid', problems);
}
