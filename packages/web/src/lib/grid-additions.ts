import { defaultYearRange, type Disaggregation, type YearRange } from '@frontrunner/domain';

/** How many recent years the grid offers before any value exists. */
const recentYears = 5;

/** The years a value may have now: 1990 to this year (the domain's rule). */
export function acceptedYears(now: Date = new Date()): YearRange {
  return defaultYearRange(now.getFullYear());
}

/**
 * The years the grid shows before any is added: the five before this one, latest first.
 *
 * @example
 * startingYears(new Date('2026-06-01')) // [2025, 2024, 2023, 2022, 2021]
 */
export function startingYears(now: Date = new Date()): number[] {
  const last = now.getFullYear() - 1;
  return Array.from({ length: recentYears }, (_, i) => last - i);
}

/** A year typed to add a row. */
export type YearCheck =
  | { readonly ok: true; readonly year: number }
  | { readonly ok: false; readonly problem: 'not-a-year' | 'out-of-range' };

/**
 * Checks a year typed to add a row: four digits within the accepted years.
 *
 * @example
 * checkYear('2031', { min: 1990, max: 2026 }) // { ok: false, problem: 'out-of-range' }
 */
export function checkYear(text: string, range: YearRange): YearCheck {
  const trimmed = text.trim();
  if (!/^\d{4}$/.test(trimmed)) return { ok: false, problem: 'not-a-year' };
  const year = Number(trimmed);
  if (year < range.min || year > range.max) return { ok: false, problem: 'out-of-range' };
  return { ok: true, year };
}

/** A disaggregation typed to add rows. */
export type DisaggregationCheck =
  | { readonly ok: true; readonly disaggregation: Disaggregation }
  | { readonly ok: false; readonly problem: 'bad-dimension' | 'empty-value' | 'too-long' };

/**
 * Checks a dimension and value typed to add a disaggregation. The dimension is folded the way
 * imports fold it (lower case, `_` for spaces) and must then be a name the API accepts.
 *
 * @example
 * checkDisaggregation('Age group', '15-24') // { ok: true, disaggregation: { age_group: '15-24' } }
 */
export function checkDisaggregation(dimension: string, value: string): DisaggregationCheck {
  const name = dimension.trim().toLowerCase().replace(/\s+/g, '_');
  if (!/^[a-z][a-z0-9_]{0,39}$/.test(name)) return { ok: false, problem: 'bad-dimension' };
  const trimmed = value.trim();
  if (trimmed === '') return { ok: false, problem: 'empty-value' };
  if ([...trimmed].length > 80 || trimmed.includes(';')) return { ok: false, problem: 'too-long' };
  return { ok: true, disaggregation: { [name]: trimmed } };
}

/** Most years the grid fills in without being asked, back from the latest. */
const filledSpan = 15;

/**
 * The years of the grid: the starting years, the years of saved values and the years added,
 * with the gaps between them filled (at most fifteen years back from the latest, so a long
 * history does not bury the recent years; older saved years still show).
 *
 * @example
 * gridYears([2015, 2018], [2021, 2022], []) // [2022, 2021, 2020, 2019, 2018, 2017, 2016, 2015]
 */
export function gridYears(
  savedYears: readonly number[],
  starting: readonly number[],
  added: readonly number[],
): number[] {
  const known = [...savedYears, ...starting, ...added];
  if (known.length === 0) return [];
  const latest = Math.max(...known);
  const earliest = Math.max(Math.min(...known), latest - filledSpan + 1);
  const filled = Array.from({ length: latest - earliest + 1 }, (_, i) => latest - i);
  return [...new Set([...filled, ...known])].sort((a, b) => b - a);
}
