import { ValidationError, type FieldProblem } from '../errors';
import { directionSign } from './direction';
import { compareCodes } from './order';
import { createSortedRun, rankRun } from './sorted-run';
import type { InterlinkageObservation, InterlinkageSeries } from './types';

/**
 * One unit's observations laid out for fast pairwise correlation: series × years in flat typed
 * arrays (row `s` starts at `s * years`), direction-aligned, with each series' sort order and
 * its ranks over its own years computed once.
 */
export interface UnitPanel {
  readonly unit: string;
  /** Length of the year axis shared by every panel. */
  readonly years: number;
  /** Aligned value per series and year slot; NaN where missing. */
  readonly values: Float64Array;
  /** Years present per series. */
  readonly count: Int32Array;
  /** Same id ⇔ same set of years present (within this unit). */
  readonly coverage: Int32Array;
  /** Per series, its present year slots sorted by value (ties by year); first `count` used. */
  readonly order: Int32Array;
  /** Per series, average rank minus its mean over its own years, in year order. */
  readonly centred: Float64Array;
  /** Per series and year slot, the average rank over the series' own years; 0 where missing. */
  readonly ranks: Float64Array;
  /** Per series, the sum of squares of `centred`. */
  readonly squares: Float64Array;
}

/** Observations indexed for correlation: the catalogue's series in code order, one panel a unit. */
export interface Panels {
  /** Series codes in code-unit order; a panel row index is a position here. */
  readonly series: readonly string[];
  /** One panel per unit, in code-unit order of the unit. */
  readonly panels: readonly UnitPanel[];
}

/**
 * Indexes observations by unit, series and year. Observations of series missing from the
 * catalogue are ignored, as are non-finite values.
 *
 * @throws ValidationError when the catalogue repeats a series or an observation repeats a
 *   (unit, series, year): a correlation cannot choose between two values of one year.
 */
export function buildPanels(
  observations: readonly InterlinkageObservation[],
  catalogue: readonly InterlinkageSeries[],
): Panels {
  const problems: FieldProblem[] = [];
  const signs = new Map<string, number>();
  for (const entry of catalogue) {
    if (signs.has(entry.series)) {
      problems.push({ field: 'series', message: `series "${entry.series}" is listed twice` });
    }
    signs.set(entry.series, directionSign(entry.direction));
  }
  const series = [...signs.keys()].sort(compareCodes);
  const row = new Map(series.map((code, index) => [code, index]));

  const yearSet = new Set<number>();
  for (const o of observations) if (row.has(o.series)) yearSet.add(o.year);
  const yearList = [...yearSet].sort((x, y) => x - y);
  const slot = new Map(yearList.map((year, index) => [year, index]));
  const years = yearList.length;

  const grids = new Map<string, { values: Float64Array; seen: Uint8Array }>();
  for (const o of observations) {
    const s = row.get(o.series);
    if (s === undefined) continue;
    let grid = grids.get(o.unit);
    if (grid === undefined) {
      const cells = series.length * years;
      grid = { values: new Float64Array(cells).fill(NaN), seen: new Uint8Array(cells) };
      grids.set(o.unit, grid);
    }
    const cell = s * years + (slot.get(o.year) as number);
    if (grid.seen[cell] === 1) {
      problems.push({
        field: `${o.unit}/${o.series}/${o.year}`,
        message: 'more than one observation for this unit, series and year',
      });
    }
    grid.seen[cell] = 1;
    if (Number.isFinite(o.value)) grid.values[cell] = o.value * (signs.get(o.series) as number);
  }
  if (problems.length > 0) {
    throw new ValidationError('Interlinkage input is ambiguous', problems);
  }

  const units = [...grids.keys()].sort(compareCodes);
  const panels = units.map((unit) =>
    indexUnit(unit, (grids.get(unit) as { values: Float64Array }).values, series.length, years),
  );
  return { series, panels };
}

/** Sort orders, coverage ids and own-year ranks for every series of one unit. */
function indexUnit(unit: string, values: Float64Array, rows: number, years: number): UnitPanel {
  const count = new Int32Array(rows);
  const coverage = new Int32Array(rows);
  const order = new Int32Array(rows * years);
  const centred = new Float64Array(rows * years);
  const squares = new Float64Array(rows);
  const coverageIds = new Map<string, number>();
  const ranks = new Float64Array(rows * years);
  const run = createSortedRun(years);

  for (let s = 0; s < rows; s += 1) {
    const base = s * years;
    const present: number[] = [];
    for (let t = 0; t < years; t += 1) {
      if (!Number.isNaN(values[base + t] as number)) present.push(t);
    }
    const n = present.length;
    count[s] = n;
    const key = present.join(',');
    let id = coverageIds.get(key);
    if (id === undefined) {
      id = coverageIds.size;
      coverageIds.set(key, id);
    }
    coverage[s] = id;

    const sorted = present
      .slice()
      .sort((t, u) => (values[base + t] as number) - (values[base + u] as number) || t - u);
    order.set(sorted, base);
    for (let k = 0; k < n; k += 1) {
      run.slots[k] = sorted[k] as number;
      run.keys[k] = values[base + (sorted[k] as number)] as number;
    }
    run.length = n;
    const rankBySlot = ranks.subarray(base, base + years);
    rankRun(run, rankBySlot);

    const mean = (n + 1) / 2;
    let sum = 0;
    for (let k = 0; k < n; k += 1) {
      const c = (rankBySlot[present[k] as number] as number) - mean;
      centred[base + k] = c;
      sum += c * c;
    }
    squares[s] = sum;
  }
  return { unit, years, values, count, coverage, order, centred, ranks, squares };
}
