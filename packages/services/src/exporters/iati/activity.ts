/** One IATI activity as the writer needs it: plain data, already mapped from a project. */
export interface IatiActivity {
  /** Globally unique: the reporting organisation's ref, a hyphen, the project id. */
  identifier: string;
  title: string;
  description: string;
  /** ISO 4217 of the budget, if any. */
  currency: string | null;
  lastUpdated: string;
  participants: { name: string; role: 1 | 2 | 3 | 4; ref: string | null }[];
  /** IATI ActivityStatus: 1 pipeline, 2 implementation, 3 finalisation, 4 closed, 6 suspended. */
  status: 1 | 2 | 3 | 4 | 5 | 6;
  /** IATI ActivityDateType: 1 planned start, 2 actual start, 3 planned end, 4 actual end. */
  dates: { type: 1 | 2 | 3 | 4; isoDate: string }[];
  /** ISO 3166-1 alpha-2. */
  recipientCountry: string | null;
  location: { name: string; latitude: number; longitude: number } | null;
  /** Budget split: vocabulary 7 (SDG goal) and 8 (SDG target), each summing to 100. */
  sectors: { vocabulary: 7 | 8; code: string; percentage: number }[];
  /** SDG goals (vocabulary 2) and targets (vocabulary 3) the project claims. */
  tags: { vocabulary: 2 | 3; code: string }[];
  budget: { start: string; end: string; value: number; currency: string } | null;
  results: IatiResult[];
}

/** A result with its indicators; IATI ResultType 1 output, 2 outcome, 3 impact. */
export interface IatiResult {
  type: 1 | 2 | 3;
  title: string;
  indicators: {
    title: string;
    /** SDG indicator number (`11.6.1`), written as reference vocabulary 9. */
    sdgIndicator: string | null;
    baseline: { year: number; value: number } | null;
    periods: { start: string; end: string; target: number | null; actual: number | null }[];
  }[];
}
