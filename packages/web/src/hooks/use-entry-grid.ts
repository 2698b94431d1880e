import type { Disaggregation } from '@frontrunner/domain';
import { useCallback, useMemo, useState } from 'react';
import type { Observation } from '../api/observation-types.ts';
import {
  buildRows,
  countChanges,
  pendingEntries,
  rowChange,
  savedDraft,
  type ChangeCounts,
  type GridRow,
  type PendingEntry,
  type RowChange,
  type RowDraft,
} from '../lib/entry-grid.ts';
import { gridYears, startingYears } from '../lib/grid-additions.ts';

/** The data-entry grid of one series: rows, what was typed, and what saving would do. */
export interface EntryGrid {
  readonly rows: readonly GridRow[];
  readonly draftOf: (row: GridRow) => RowDraft;
  readonly edit: (row: GridRow, patch: Partial<RowDraft>) => void;
  readonly changeOf: (row: GridRow) => RowChange;
  readonly counts: ChangeCounts;
  /** Something typed differs from what is saved. */
  readonly dirty: boolean;
  readonly pending: readonly PendingEntry[];
  readonly addYear: (year: number) => void;
  readonly addDisaggregation: (disaggregation: Disaggregation) => void;
  /** Forgets what was typed (after saving, or to start over). */
  readonly discard: () => void;
}

/**
 * State of the grid of `series` over the saved (working) values: the rows are the recent
 * years and the years of saved values, × the headline and the disaggregations in use or added.
 */
export function useEntryGrid(series: string, saved: readonly Observation[]): EntryGrid {
  const [drafts, setDrafts] = useState<ReadonlyMap<string, RowDraft>>(new Map());
  const [starting] = useState<readonly number[]>(() => startingYears());
  const [added, setAdded] = useState<readonly number[]>([]);
  const [dims, setDims] = useState<readonly Disaggregation[]>([]);
  const rows = useMemo(
    () =>
      buildRows(
        saved,
        gridYears(
          saved.map((o) => o.year),
          starting,
          added,
        ),
        dims,
      ),
    [saved, starting, added, dims],
  );

  const draftOf = useCallback((row: GridRow) => drafts.get(row.key) ?? savedDraft(row), [drafts]);
  const edit = useCallback((row: GridRow, patch: Partial<RowDraft>) => {
    setDrafts((previous) => {
      const next = new Map(previous);
      next.set(row.key, { ...(previous.get(row.key) ?? savedDraft(row)), ...patch });
      return next;
    });
  }, []);
  const counts = useMemo(() => countChanges(rows, drafts), [rows, drafts]);
  const pending = useMemo(() => pendingEntries(series, rows, drafts), [series, rows, drafts]);

  return {
    rows,
    draftOf,
    edit,
    changeOf: (row) => rowChange(row, draftOf(row)),
    counts,
    dirty: counts.new + counts.changed + counts.deleted + counts.invalid > 0,
    pending,
    addYear: (year) => setAdded((previous) => [...new Set([...previous, year])]),
    addDisaggregation: (d) => setDims((previous) => [...previous, d]),
    discard: () => setDrafts(new Map()),
  };
}
