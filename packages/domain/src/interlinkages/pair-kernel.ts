import type { UnitPanel } from './panel';
import { createSortedRun, rankRun, type SortedRun } from './sorted-run';

/**
 * Spearman sums for pairs of series of one unit, with pandas' pairwise-complete semantics: only
 * the years both series have count, and both are re-ranked over those years. A series whose
 * years all lie in the overlap keeps the ranks computed once for it, so two series with the same
 * years cost a dot product; any other side is re-ranked from its stored sort order in one
 * linear pass, without sorting.
 *
 * A class because it owns scratch buffers reused across pairs; results of the last `correlate`
 * are left in `sxy`, `sxx`, `syy` so the hot loop allocates nothing.
 */
export class PairKernel {
  /** Σ (rank x − mean)(rank y − mean) over the overlap of the last pair. */
  sxy = 0;
  /** Σ (rank x − mean)² over the overlap of the last pair. */
  sxx = 0;
  /** Σ (rank y − mean)² over the overlap of the last pair. */
  syy = 0;
  private readonly x: SortedRun;
  private readonly y: SortedRun;
  private readonly rx: Float64Array;
  private readonly ry: Float64Array;

  constructor(readonly panel: UnitPanel) {
    this.x = createSortedRun(panel.years);
    this.y = createSortedRun(panel.years);
    this.rx = new Float64Array(panel.years);
    this.ry = new Float64Array(panel.years);
  }

  /** Correlates rows `i` and `j`; returns the number of overlapping years. */
  correlate(i: number, j: number): number {
    const { coverage } = this.panel;
    return coverage[i] === coverage[j] ? this.sameYears(i, j) : this.overlap(i, j);
  }

  /** ρ of the last pair, clamped to [−1, 1]; null when a series is constant over the overlap. */
  rho(): number | null {
    const divisor = Math.sqrt(this.sxx * this.syy);
    if (divisor === 0) return null;
    return Math.max(-1, Math.min(1, this.sxy / divisor));
  }

  private sameYears(i: number, j: number): number {
    const { centred, squares, count, years } = this.panel;
    const n = count[i] as number;
    const bx = i * years;
    const by = j * years;
    let sxy = 0;
    for (let k = 0; k < n; k += 1) sxy += (centred[bx + k] as number) * (centred[by + k] as number);
    this.sxy = sxy;
    this.sxx = squares[i] as number;
    this.syy = squares[j] as number;
    return n;
  }

  private overlap(i: number, j: number): number {
    const { count, ranks, years } = this.panel;
    this.fill(this.x, i, j);
    const n = this.x.length;
    // a side whose years all lie in the overlap is ranked already
    let rx = ranks;
    let offsetX = i * years;
    if (n !== count[i]) {
      rankRun(this.x, this.rx);
      rx = this.rx;
      offsetX = 0;
    }
    let ry = ranks;
    let offsetY = j * years;
    if (n !== count[j]) {
      this.fill(this.y, j, i);
      rankRun(this.y, this.ry);
      ry = this.ry;
      offsetY = 0;
    }
    const mean = (n + 1) / 2;
    const slots = this.x.slots;
    let sxy = 0;
    let sxx = 0;
    let syy = 0;
    for (let k = 0; k < n; k += 1) {
      const t = slots[k] as number;
      const dx = (rx[offsetX + t] as number) - mean;
      const dy = (ry[offsetY + t] as number) - mean;
      sxy += dx * dy;
      sxx += dx * dx;
      syy += dy * dy;
    }
    this.sxy = sxy;
    this.sxx = sxx;
    this.syy = syy;
    return n;
  }

  /** Fills `run` with row `row`'s sorted slots that row `keep` also has. */
  private fill(run: SortedRun, row: number, keep: number): void {
    const { order, values, count, years } = this.panel;
    const base = row * years;
    const other = keep * years;
    const n = count[row] as number;
    let length = 0;
    for (let k = 0; k < n; k += 1) {
      const t = order[base + k] as number;
      if (Number.isNaN(values[other + t] as number)) continue;
      run.slots[length] = t;
      run.keys[length] = values[base + t] as number;
      length += 1;
    }
    run.length = length;
  }
}
