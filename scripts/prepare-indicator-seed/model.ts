/** What the preparation script writes: one series row, one observation row. */

/** A row of `series.csv`. */
export interface SeriesDraft {
  readonly code: string;
  /** The source's description, exactly as written (UNSD keeps its `[ILO] ` agency prefixes). */
  readonly name: string;
  readonly unit: string;
  /** Indicator numbers as the source writes them (2020 numbering), `, `-joined when repeated. */
  readonly indicator: string;
  /** Decimals to show, 0–3. */
  readonly decimals: number;
  readonly direction: '' | 'higher' | 'lower';
  readonly source: string;
}

/** Fields every observation row has, whatever its area. */
export interface ObservationDraft {
  readonly series: string;
  readonly year: number;
  /** `disaggregationKey()` of the dimensions: sorted `key=value;…`, empty for the headline. */
  readonly disaggregation: string;
  /** Decimal text, as the source wrote it. */
  readonly value: string;
  /** SDG NATURE code (C, CA, E, M, G, N) or empty. */
  readonly nature: string;
  /** Flag letters (`E` estimated) or empty. */
  readonly flags: string;
  readonly footnote: string;
}

/** A row of `country-observations.csv.gz`. */
export interface CountryObservationDraft extends ObservationDraft {
  readonly iso3: string;
}

/** A row of `city-observations.csv.gz`: `source` is empty when it is the series' own. */
export interface CityObservationDraft extends ObservationDraft {
  readonly city: string;
  readonly source: string;
}

/** UNSD's name for the October 2020 snapshot the country series come from. */
export const UNSD_SOURCE = 'UN SDG Global Database, 2020-10';
