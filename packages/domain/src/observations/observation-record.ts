import type {
  Disaggregation,
  ImportProblem,
  ObservationFlags,
  ObservationInput,
  ObservationNature,
} from './observation';

/**
 * One stored observation as the exporters write it: the fields of an {@link ObservationInput}
 * once matched to the database, with the place, series and unit resolved and no file location.
 */
export interface ObservationRecord {
  /** The city slug (e.g. `th-bangkok`) or country ISO3 code the value is for. */
  readonly geoCode: string;
  /** Series code, e.g. `EN_REF_WASCOL`. */
  readonly series: string;
  /** Indicator number, e.g. `11.6.1`, when known; formats without an indicator column drop it. */
  readonly indicator?: string | undefined;
  /** Unit code of the series, e.g. `PERCENT`. */
  readonly unit: string;
  /** Calendar year. */
  readonly year: number;
  readonly value: number;
  readonly disaggregation: Disaggregation;
  readonly flags: ObservationFlags;
  readonly footnote?: string | undefined;
  readonly source?: string | undefined;
  readonly nature?: ObservationNature | undefined;
}

/** Something a reader did to a file that does not stop the import but that its author should know. */
export interface ImportNote {
  readonly file: string;
  /** The first row it applies to (header = 1), or 0 for the whole file. */
  readonly row: number;
  readonly column?: string | undefined;
  readonly text?: string | undefined;
  /** One plain sentence for the preview. */
  readonly message: string;
  readonly kind:
    | 'decoded-as-windows-1252'
    | 'decoded-as-utf-16'
    | 'trimmed-whitespace'
    | 'decimal-comma'
    | 'ignored-column'
    | 'unit-multiplier';
}

/**
 * What a reader yields, in file order: a checked observation or a problem (the file must not be
 * imported while there is one: imports are all-or-nothing). Notes go to a callback instead.
 */
export type ImportItem =
  | { readonly ok: true; readonly input: ObservationInput }
  | { readonly ok: false; readonly problem: ImportProblem };
