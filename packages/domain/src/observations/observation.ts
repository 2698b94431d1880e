/**
 * Observations: values of a series for a city or country, a year and a disaggregation.
 * Vocabulary after Open SDG and the SDG SDMX DSD: a disaggregation maps dimension → value, and a
 * dimension that is absent means "all" (SDMX `_T`); the observation with no dimension is the headline.
 */

/** Dimension → value, e.g. `{ sex: 'female', age: '15-24' }`. Absent dimensions mean "all". */
export type Disaggregation = Readonly<Record<string, string>>;

/** Flags on one value. */
export interface ObservationFlags {
  /** The value is an estimate (SDMX OBS_STATUS E). */
  readonly estimated: boolean;
  /** The value is provisional and may change (SDMX OBS_STATUS P). */
  readonly provisional: boolean;
  /** A break in series: not comparable with earlier years (SDMX OBS_STATUS B). */
  readonly breakInSeries: boolean;
}

/** The flags of a plain value. */
export const NO_FLAGS: ObservationFlags = Object.freeze({
  estimated: false,
  provisional: false,
  breakInSeries: false,
});

/**
 * Where a value comes from, after the SDG DSD's NATURE attribute: C country data, CA country
 * adjusted, E estimated, M modelled, G global monitoring, N non-relevant. Cities use C by default.
 */
export type ObservationNature = 'C' | 'CA' | 'E' | 'M' | 'G' | 'N';

/** The natures, in order. */
export const OBSERVATION_NATURES: readonly ObservationNature[] = ['C', 'CA', 'E', 'M', 'G', 'N'];

/**
 * One value read from an import file, before it is matched to the database. Every field is
 * already checked for form (a number is a finite number, a year an integer); what it refers to
 * (series, unit, city) is checked by the import service.
 */
export interface ObservationInput {
  /** Series code (e.g. `EN_REF_WASCOL`), when the file names it. */
  readonly series?: string | undefined;
  /** Indicator number (e.g. `11.6.1`), when the file names it (Open SDG). */
  readonly indicator?: string | undefined;
  /** Unit as written in the file, when it has one. */
  readonly unit?: string | undefined;
  /** A geographic code (Open SDG `GeoCode`, SDMX `REF_AREA`) when present. */
  readonly geoCode?: string | undefined;
  /** Calendar year. */
  readonly year: number;
  readonly value: number;
  readonly disaggregation: Disaggregation;
  readonly flags: ObservationFlags;
  readonly footnote?: string | undefined;
  readonly source?: string | undefined;
  readonly nature?: ObservationNature | undefined;
  /** Where in which file: for error messages and provenance. */
  readonly location: { readonly file: string; readonly row: number };
}

/** One thing wrong with an import file, precise enough to fix it. */
export interface ImportProblem {
  readonly file: string;
  /** 1-based line/row number as a spreadsheet shows it (the header is row 1); 0 for the whole file. */
  readonly row: number;
  /** Column name (or letter) when the problem is in one cell. */
  readonly column?: string | undefined;
  /** The offending text, as found (quoted, so stray whitespace is visible). */
  readonly text?: string | undefined;
  /** What was expected instead. */
  readonly expected: string;
  /** 0-based byte offset in the file, for problems found in the bytes (bad encoding). */
  readonly byteOffset?: number | undefined;
  /** A category, for counting and filtering. */
  readonly kind:
    | 'bad-encoding'
    | 'bad-header'
    | 'bad-row'
    | 'bad-code'
    | 'non-numeric'
    | 'bad-year'
    | 'year-out-of-range'
    | 'unknown-indicator'
    | 'unknown-series'
    | 'unit-mismatch'
    | 'duplicate-row'
    | 'unknown-area'
    | 'bad-flag'
    | 'missing-value'
    | 'too-long'
    | 'truncated';
}

/**
 * The canonical text of a disaggregation: keys sorted, `key=value` joined by `;`, empty for the
 * headline. Two disaggregations are the same exactly when their keys are the same.
 * @example disaggregationKey({ sex: 'female', age: '15-24' }) // 'age=15-24;sex=female'
 */
export function disaggregationKey(disaggregation: Disaggregation): string {
  return Object.keys(disaggregation)
    .sort()
    .map((k) => `${k}=${disaggregation[k]}`)
    .join(';');
}

/**
 * Reads a key made by {@link disaggregationKey} back into a disaggregation.
 * @example parseDisaggregationKey('age=15-24;sex=female') // { age: '15-24', sex: 'female' }
 */
export function parseDisaggregationKey(key: string): Disaggregation {
  if (key === '') return {};
  const out: Record<string, string> = {};
  for (const part of key.split(';')) {
    const eq = part.indexOf('=');
    out[part.slice(0, eq)] = part.slice(eq + 1);
  }
  return out;
}

/** Whether a disaggregation is the headline (no dimension set). */
export function isHeadline(disaggregation: Disaggregation): boolean {
  return Object.keys(disaggregation).length === 0;
}

/** The years a value may have: SDG reporting starts in 1990 and no value is from the future. */
export interface YearRange {
  readonly min: number;
  readonly max: number;
}

/** The default accepted years for a given current year: 1990 to this year. */
export function defaultYearRange(currentYear: number): YearRange {
  return { min: 1990, max: currentYear };
}
