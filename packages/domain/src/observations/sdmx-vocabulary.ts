import type { ObservationFlags, ObservationNature } from './observation';
import { OBSERVATION_NATURES } from './observation';
import { flagsOf } from './flags';

/**
 * The SDG SDMX data structure (IAEG-SDGs DSD) as METHODS §8 lists it, and how its names map to
 * ours. Dimension names map to disaggregation keys by lower-casing (`SEX` ↔ `sex`,
 * `INCOME_WEALTH_QUANTILE` ↔ `income_wealth_quantile`); codes are kept as they are, except the
 * totals `_T` (and `_Z`, not applicable), which mean an absent dimension.
 */

/** Dimensions that say what and where, not how the value is broken down. */
export const SDMX_KEY_DIMENSIONS = ['FREQ', 'REPORTING_TYPE', 'SERIES', 'REF_AREA'] as const;

/** Dimensions that are disaggregations, in DSD order. */
export const SDMX_DISAGGREGATION_DIMENSIONS = [
  'SEX',
  'AGE',
  'URBANISATION',
  'INCOME_WEALTH_QUANTILE',
  'EDUCATION_LEV',
  'OCCUPATION',
  'CUST_BREAKDOWN',
  'COMPOSITE_BREAKDOWN',
  'DISABILITY_STATUS',
  'ACTIVITY',
  'PRODUCT',
] as const;

/** The observation attributes we read and write, in the order we write them. */
export const SDMX_ATTRIBUTES = [
  'UNIT_MEASURE',
  'UNIT_MULT',
  'OBS_STATUS',
  'NATURE',
  'SOURCE_DETAIL',
  'COMMENT_OBS',
] as const;

/** Codes that mean "all" (total) or "not applicable": both stored as an absent dimension. */
export const SDMX_TOTAL_CODES: readonly string[] = ['_T', '_Z'];

/** The code written for an absent dimension. */
export const SDMX_TOTAL = '_T';

/**
 * Our disaggregation key for an SDMX dimension (or Open SDG column) name.
 * @example dimensionKey('INCOME_WEALTH_QUANTILE') // 'income_wealth_quantile'
 * @example dimensionKey('Type of waste') // 'type_of_waste'
 */
export function dimensionKey(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

/**
 * The SDMX dimension name for a disaggregation key: the inverse of {@link dimensionKey} on keys
 * made by it.
 * @example sdmxDimension('sex') // 'SEX'
 */
export function sdmxDimension(key: string): string {
  return key.toUpperCase();
}

/**
 * Flags from an SDMX OBS_STATUS code: A (normal) or blank → none; E, P, B → that flag.
 * Returns undefined for any other code.
 */
export function flagsFromObsStatus(code: string): ObservationFlags | undefined {
  switch (code) {
    case '':
    case 'A':
      return flagsOf(false, false, false);
    case 'E':
      return flagsOf(true, false, false);
    case 'P':
      return flagsOf(false, true, false);
    case 'B':
      return flagsOf(false, false, true);
    default:
      return undefined;
  }
}

/**
 * The OBS_STATUS code for a set of flags. SDMX carries one status per value, so when several
 * flags are set the strongest is written — a break in series, then estimated, then provisional —
 * and `lossy` says that the others were dropped.
 */
export function obsStatusOf(flags: ObservationFlags): { code: string; lossy: boolean } {
  const count = Number(flags.estimated) + Number(flags.provisional) + Number(flags.breakInSeries);
  const code = flags.breakInSeries ? 'B' : flags.estimated ? 'E' : flags.provisional ? 'P' : '';
  return { code, lossy: count > 1 };
}

/** Whether a text is one of the {@link ObservationNature} codes (upper case). */
export function isObservationNature(code: string): code is ObservationNature {
  return (OBSERVATION_NATURES as readonly string[]).includes(code);
}
