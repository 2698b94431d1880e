import type { Disaggregation } from '@frontrunner/domain';
import { useMemo, useState } from 'react';
import type { Observation, WriteSummary } from '../api/observation-types.ts';
import { normaliseField, fieldErrors } from '../lib/field-errors.ts';
import { useCityObservations, useCountryObservations } from './use-city-data.ts';
import { useEntryGrid, type EntryGrid } from './use-entry-grid.ts';
import {
  useReturnComments,
  useSaveObservations,
  useSubmitObservations,
} from './use-observation-changes.ts';

const noValues: readonly Observation[] = [];

/** Everything the data-entry workspace of one city and series shows and does. */
export interface DataEntry {
  readonly values: ReturnType<typeof useCityObservations>;
  readonly grid: EntryGrid;
  readonly comments: ReadonlyMap<string, string>;
  /** Disaggregations the country's values of this series use, offered as quick additions. */
  readonly suggestions: readonly Disaggregation[];
  readonly selected: ReadonlySet<string>;
  readonly select: (id: string, selected: boolean) => void;
  readonly selectAllDrafts: () => void;
  /** Ids of saved values that may be submitted now. */
  readonly submittable: readonly string[];
  readonly reason: string;
  readonly setReason: (reason: string) => void;
  readonly save: ReturnType<typeof useSaveObservations>;
  readonly saveNow: () => void;
  readonly lastSaved: WriteSummary | undefined;
  /** Problems the server found, by grid row key. */
  readonly errorsByRow: ReadonlyMap<string, readonly string[]>;
  readonly submit: ReturnType<typeof useSubmitObservations>;
  readonly submitNow: () => void;
}

/** Data entry for one series of a city: grid, save with a reason, select and submit. */
export function useDataEntry(city: { slug: string; country: string }, series: string): DataEntry {
  const values = useCityObservations(city.slug, 'working', series);
  const saved = values.data?.items ?? noValues;
  const grid = useEntryGrid(series, saved);
  const comments = useReturnComments(saved);
  const country = useCountryObservations(city.country, [series]);
  const save = useSaveObservations(city.slug);
  const submit = useSubmitObservations(city.slug);
  const [reason, setReason] = useState('');
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [lastSaved, setLastSaved] = useState<WriteSummary>();
  const [savedKeys, setSavedKeys] = useState<readonly string[]>([]);

  const submittable = grid.rows.flatMap((row) =>
    row.saved &&
    (row.saved.status === 'draft' || row.saved.status === 'returned') &&
    grid.changeOf(row) === 'unchanged'
      ? [row.saved.id]
      : [],
  );
  const suggestions = useMemo(() => distinctDisaggregations(country.data ?? []), [country.data]);
  const errorsByRow = useMemo(() => rowErrors(save.error, savedKeys), [save.error, savedKeys]);

  return {
    values,
    grid,
    comments,
    suggestions,
    selected,
    select: (id, on) =>
      setSelected((previous) => {
        const next = new Set(previous);
        if (on) next.add(id);
        else next.delete(id);
        return next;
      }),
    selectAllDrafts: () => setSelected(new Set(submittable)),
    submittable,
    reason,
    setReason,
    save,
    saveNow: () => {
      const pending = grid.pending;
      if (pending.length === 0 || grid.counts.invalid > 0 || save.isPending) return;
      setSavedKeys(pending.map((p) => p.rowKey));
      save.mutate(
        {
          entries: pending.map((p) => p.entry),
          ...(reason.trim() ? { reason: reason.trim() } : {}),
        },
        {
          onSuccess: (summary) => {
            setLastSaved(summary);
            setReason('');
            grid.discard();
          },
        },
      );
    },
    lastSaved,
    errorsByRow,
    submit,
    submitNow: () => {
      const ids = [...selected].filter((id) => submittable.includes(id));
      if (ids.length === 0 || submit.isPending) return;
      submit.mutate(ids, { onSuccess: () => setSelected(new Set()) });
    },
  };
}

/** The disaggregations (not the headline) found in some values, each once. */
function distinctDisaggregations(values: readonly Observation[]): Disaggregation[] {
  const found = new Map<string, Disaggregation>();
  for (const o of values) {
    const key = JSON.stringify(Object.entries(o.disaggregation).sort());
    if (Object.keys(o.disaggregation).length > 0) found.set(key, o.disaggregation);
  }
  return [...found.values()];
}

/** Server problems of a failed save (`entries.3.value`) by the key of the row entry 3 came from. */
function rowErrors(
  error: unknown,
  keys: readonly string[],
): ReadonlyMap<string, readonly string[]> {
  const byRow = new Map<string, string[]>();
  for (const [field, messages] of fieldErrors(error)) {
    const index = /^entries\.(\d+)/.exec(normaliseField(field))?.[1];
    const key = index === undefined ? undefined : keys[Number(index)];
    if (key) byRow.set(key, [...(byRow.get(key) ?? []), ...messages]);
  }
  return byRow;
}
