/**
 * Shapes of the indicator-data part of the API v1 (observations, series, targets, review,
 * imports), mirroring `packages/server/src/routes/observations/*`.
 */
import type { Disaggregation, ObservationStatus } from '@frontrunner/domain';

/** Which values to read: last approved ones, or drafts too (for the city's team). */
export type ObservationView = 'public' | 'working';

/** Flags of one value (SDMX OBS_STATUS E, P, B). */
export interface ObservationFlags {
  readonly estimated: boolean;
  readonly provisional: boolean;
  readonly breakInSeries: boolean;
}

/** One value of a series for a city or country, a year and a disaggregation. */
export interface Observation {
  /** The slot of one area, series, year and disaggregation. */
  readonly id: string;
  /** Series code. */
  readonly series: string;
  readonly year: number;
  /** `{}` is the headline. */
  readonly disaggregation: Disaggregation;
  /** In the series' unit. */
  readonly value: number;
  readonly flags: ObservationFlags;
  readonly footnote: string | null;
  readonly source: string | null;
  /** SDMX NATURE: C, CA, E, M, G, N. */
  readonly nature: string | null;
  readonly status: ObservationStatus;
  /** The version shown. */
  readonly version: number;
  /** The last approved version, or null. */
  readonly approvedVersion: number | null;
  /** ISO 8601 time of the version shown. */
  readonly updatedAt: string;
}

/** Values of an area, with the view actually served. */
export interface ObservationList {
  readonly view: ObservationView;
  readonly items: readonly Observation[];
}

/** One measured quantity of an indicator. */
export interface Series {
  readonly code: string;
  readonly name: string;
  /** Unit code, e.g. `percent`. */
  readonly unit: string;
  /** Which way is better, when known. */
  readonly direction: 'higher' | 'lower' | null;
  /** Decimals to show. */
  readonly decimals: number;
  readonly source: string | null;
  /** UNSD code of the global indicator it measures. */
  readonly indicatorId: string | null;
}

/** A value the city aims for by a year, with its baseline. */
export interface CityTarget {
  readonly series: string;
  readonly disaggregation: Disaggregation;
  readonly targetValue: number;
  readonly targetYear: number;
  readonly baselineValue: number | null;
  readonly baselineYear: number | null;
  readonly note: string | null;
  readonly updatedAt: string;
}

/** One value to save; `value: null` deletes it (reversibly). */
export interface ObservationEntry {
  readonly series: string;
  readonly year: number;
  readonly disaggregation: Disaggregation;
  readonly value: number | null;
  readonly estimated: boolean;
  readonly provisional: boolean;
  readonly breakInSeries: boolean;
  readonly footnote: string | null;
  readonly source: string | null;
  readonly nature: string | null;
}

/** What a save did. */
export interface WriteSummary {
  readonly inserted: number;
  readonly changed: number;
  readonly unchanged: number;
  readonly deleted: number;
}

/** What a review action did. */
export interface ReviewResult {
  readonly action: 'submit' | 'approve' | 'return';
  readonly ids: readonly string[];
}

/** One version of a value, in its history. */
export interface ObservationVersion {
  readonly version: number;
  readonly value: number;
  readonly flags: ObservationFlags;
  readonly footnote: string | null;
  readonly source: string | null;
  readonly nature: string | null;
  readonly status: string;
  readonly deleted: boolean;
  /** created, changed, deleted, restored, submitted, approved, returned */
  readonly change: string;
  /** Why, or the reviewer's comment. */
  readonly reason: string | null;
  /** An account id, `token:…`, `cli:local-operator` or `system:seed`. */
  readonly changedBy: string;
  readonly changedAt: string;
}

/** A submitted value waiting for a reviewer. */
export interface ReviewQueueItem {
  readonly id: string;
  /** City slug. */
  readonly city: string;
  readonly cityName: string;
  readonly series: string;
  readonly year: number;
  readonly disaggregation: Disaggregation;
  readonly value: number;
  /** The value the public sees now, if any. */
  readonly approvedValue: number | null;
  readonly footnote: string | null;
  readonly submittedAt: string;
  readonly submittedBy: string;
}

/** Import file formats the server reads. */
export type ImportFormat = 'auto' | 'open-sdg' | 'sdmx-csv' | 'csv' | 'xlsx';

/** One thing wrong with an import file. */
export interface ImportProblem {
  readonly file: string;
  /** As a spreadsheet shows it (header = 1); 0 for the whole file. */
  readonly row: number;
  readonly column?: string;
  /** The offending text, as found. */
  readonly text?: string;
  readonly expected: string;
  readonly kind: string;
}

/** Something the importer fixed or wants known, not a problem. */
export interface ImportNote {
  readonly file: string;
  readonly row: number;
  readonly column?: string;
  readonly text?: string;
  readonly message: string;
  readonly kind: string;
}

/** The answer of an import, dry run or real. */
export interface ImportResult {
  readonly committed: boolean;
  readonly dryRun: boolean;
  readonly rows: number;
  readonly inserted: number;
  readonly changed: number;
  readonly unchanged: number;
  readonly problems: readonly ImportProblem[];
  /** All problems, when more were found than listed. */
  readonly problemCount: number;
  readonly notes: readonly ImportNote[];
}

/** Export file formats. */
export type ExportFormat = 'csv' | 'xlsx' | 'open-sdg' | 'sdmx-csv' | 'json';
