import { disaggregationKey, type Disaggregation } from '@frontrunner/domain';
import type { Observation, ObservationEntry } from '../api/observation-types.ts';

/** One row of the data-entry grid: a year and a disaggregation of the chosen series. */
export interface GridRow {
  /** `year|disaggregation key`. */
  readonly key: string;
  readonly year: number;
  readonly disaggregation: Disaggregation;
  /** The value as saved (working view), if any. */
  readonly saved: Observation | undefined;
}

/** What the user typed in a row; every field as edited, the value as text. */
export interface RowDraft {
  readonly value: string;
  readonly estimated: boolean;
  readonly provisional: boolean;
  readonly breakInSeries: boolean;
  readonly footnote: string;
  readonly source: string;
}

/** What a row's draft means against what is saved. */
export type RowChange = 'unchanged' | 'new' | 'changed' | 'deleted' | 'invalid';

/** The key of a grid row. */
export function rowKey(year: number, disaggregation: Disaggregation): string {
  return `${year}|${disaggregationKey(disaggregation)}`;
}

/**
 * The grid's rows: every year (latest first) × every disaggregation (headline first), with
 * the saved value of each slot; years and disaggregations of saved values are always included.
 */
export function buildRows(
  saved: readonly Observation[],
  years: readonly number[],
  disaggregations: readonly Disaggregation[],
): GridRow[] {
  const bySlot = new Map(saved.map((o) => [rowKey(o.year, o.disaggregation), o] as const));
  const allYears = [...new Set([...years, ...saved.map((o) => o.year)])].sort((a, b) => b - a);
  const byKey = new Map<string, Disaggregation>([['', {}]]);
  for (const d of [...disaggregations, ...saved.map((o) => o.disaggregation)]) {
    byKey.set(disaggregationKey(d), d);
  }
  const dims = [...byKey.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, d]) => d);
  return allYears.flatMap((year) =>
    dims.map((disaggregation) => {
      const key = rowKey(year, disaggregation);
      return { key, year, disaggregation, saved: bySlot.get(key) };
    }),
  );
}

/** The draft a row starts from: its saved value, or empty. */
export function savedDraft(row: GridRow): RowDraft {
  const o = row.saved;
  return {
    value: o ? String(o.value) : '',
    estimated: o?.flags.estimated ?? false,
    provisional: o?.flags.provisional ?? false,
    breakInSeries: o?.flags.breakInSeries ?? false,
    footnote: o?.footnote ?? '',
    source: o?.source ?? '',
  };
}

/** A value cell's text read as a number. */
export type ParsedValue =
  | { readonly kind: 'empty' }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'invalid' };

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/**
 * Reads what was typed in a value cell: a plain number with a decimal point; no thousands
 * separators, units or percent signs, which would make the value ambiguous.
 *
 * @example
 * parseValueText(' 12.5 ') // { kind: 'number', value: 12.5 }
 * parseValueText('1,000') // { kind: 'invalid' }
 */
export function parseValueText(text: string): ParsedValue {
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'empty' };
  if (!NUMBER.test(trimmed)) return { kind: 'invalid' };
  const value = Number(trimmed);
  return Number.isFinite(value) ? { kind: 'number', value } : { kind: 'invalid' };
}

/** What a row's draft would do if saved. */
export function rowChange(row: GridRow, draft: RowDraft): RowChange {
  const parsed = parseValueText(draft.value);
  if (parsed.kind === 'invalid') return 'invalid';
  if (!row.saved) return parsed.kind === 'empty' ? 'unchanged' : 'new';
  if (parsed.kind === 'empty') return 'deleted';
  const before = savedDraft(row);
  const same =
    parsed.value === row.saved.value &&
    draft.estimated === before.estimated &&
    draft.provisional === before.provisional &&
    draft.breakInSeries === before.breakInSeries &&
    draft.footnote.trim() === before.footnote &&
    draft.source.trim() === before.source;
  return same ? 'unchanged' : 'changed';
}

/** A changed row and the entry that saves it. */
export interface PendingEntry {
  readonly rowKey: string;
  readonly entry: ObservationEntry;
}

/**
 * The entries that save the drafts of `series`, one per new, changed or deleted row; each
 * carries the row's whole content (flags, footnote, source, nature) so nothing is lost.
 */
export function pendingEntries(
  series: string,
  rows: readonly GridRow[],
  drafts: ReadonlyMap<string, RowDraft>,
): PendingEntry[] {
  return rows.flatMap((row) => {
    const draft = drafts.get(row.key);
    if (!draft) return [];
    const change = rowChange(row, draft);
    if (change === 'unchanged' || change === 'invalid') return [];
    const parsed = parseValueText(draft.value);
    return [
      {
        rowKey: row.key,
        entry: {
          series,
          year: row.year,
          disaggregation: row.disaggregation,
          value: parsed.kind === 'number' ? parsed.value : null,
          estimated: draft.estimated,
          provisional: draft.provisional,
          breakInSeries: draft.breakInSeries,
          footnote: draft.footnote.trim() || null,
          source: draft.source.trim() || null,
          nature: row.saved?.nature ?? null,
        },
      },
    ];
  });
}

/** Counts of the changes waiting to be saved. */
export interface ChangeCounts {
  readonly new: number;
  readonly changed: number;
  readonly deleted: number;
  readonly invalid: number;
}

/** How many rows each kind of change touches. */
export function countChanges(
  rows: readonly GridRow[],
  drafts: ReadonlyMap<string, RowDraft>,
): ChangeCounts {
  const counts = { new: 0, changed: 0, deleted: 0, invalid: 0 };
  for (const row of rows) {
    const draft = drafts.get(row.key);
    if (!draft) continue;
    const change = rowChange(row, draft);
    if (change !== 'unchanged') counts[change] += 1;
  }
  return counts;
}
