import { formatValue, formatWithUnit } from './units.ts';

/**
 * A monitored result in the interface language with its unit (at most two decimals): a dash
 * when there is none, and no unit after a plain count.
 *
 * @example
 * formatResult(1020, 't', 'en') // '1,020 t'
 * formatResult(214, 'count', 'en') // '214'
 */
export function formatResult(value: number | null | undefined, unit: string, language: string) {
  if (value === null || value === undefined) return '—';
  if (unit === 'count' || unit === '') return formatValue(value, 2, language);
  return formatWithUnit(value, { unit, decimals: 2 }, language);
}
