/**
 * A reusable buffer of year slots sorted by value, with the values alongside: the input of
 * `rankRun`. Mutable on purpose — it is scratch space reused across ~10⁶ pairs, never data.
 */
export interface SortedRun {
  /** Year slots in ascending order of value; the first `length` are used. */
  readonly slots: Int32Array;
  /** `keys[k]` is the value at `slots[k]`. */
  readonly keys: Float64Array;
  length: number;
}

/** A run with room for `capacity` slots. */
export function createSortedRun(capacity: number): SortedRun {
  return { slots: new Int32Array(capacity), keys: new Float64Array(capacity), length: 0 };
}

/**
 * Writes average ranks (1-based; ties, by exact equality, share their mean rank) of the run's
 * values into `rankBySlot`, indexed by year slot.
 */
export function rankRun(run: SortedRun, rankBySlot: Float64Array): void {
  const { slots, keys, length } = run;
  let start = 0;
  while (start < length) {
    const value = keys[start];
    let end = start + 1;
    while (end < length && keys[end] === value) end += 1;
    // positions start..end-1 hold ranks start+1..end; their mean:
    const rank = (start + 1 + end) / 2;
    for (let k = start; k < end; k += 1) rankBySlot[slots[k] as number] = rank;
    start = end;
  }
}
