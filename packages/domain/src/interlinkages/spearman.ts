/**
 * Average ranks (1-based) of `values`: tied values share the mean of the ranks they span, as in
 * pandas `rank(method="average")` and SciPy `rankdata`. Ties are exact equality. Values must
 * be comparable numbers: NaN has no rank, so drop missing values first (`spearman` does).
 *
 * @example averageRanks([10, 20, 20, 5]) // Float64Array [2, 3.5, 3.5, 1]
 */
export function averageRanks(values: ArrayLike<number>): Float64Array {
  const n = values.length;
  const order = Array.from({ length: n }, (_, i) => i).sort(
    (i, j) => (values[i] as number) - (values[j] as number) || i - j,
  );
  const ranks = new Float64Array(n);
  let start = 0;
  while (start < n) {
    const value = values[order[start] as number];
    let end = start + 1;
    while (end < n && values[order[end] as number] === value) end += 1;
    // positions start..end-1 hold ranks start+1..end; their mean:
    const rank = (start + 1 + end) / 2;
    for (let k = start; k < end; k += 1) ranks[order[k] as number] = rank;
    start = end;
  }
  return ranks;
}

/**
 * Pearson's r of two rank vectors of equal length n, centring on the known mean (n + 1) / 2 of
 * average ranks; null when either vector is constant.
 */
function pearsonOfRanks(rx: Float64Array, ry: Float64Array): number | null {
  const mean = (rx.length + 1) / 2;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < rx.length; i += 1) {
    const dx = (rx[i] as number) - mean;
    const dy = (ry[i] as number) - mean;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  const divisor = Math.sqrt(sxx * syy);
  return divisor === 0 ? null : sxy / divisor;
}

/**
 * Spearman's rank correlation ρ of two paired samples: average ranks, then Pearson's r of the
 * ranks (not the 6Σd² shortcut, which is wrong with ties). Pairs where either value is missing
 * (NaN or infinite) are dropped first, and the rest are ranked among themselves, as pandas does
 * with pairwise-complete observations.
 *
 * @returns ρ in [−1, 1]; null with fewer than 2 complete pairs or when a side is constant.
 * @throws RangeError when the samples differ in length.
 * @example spearman([1, 2, 3, 4, 5], [2, 1, 4, 3, 5]) // 0.8
 */
export function spearman(xs: ArrayLike<number>, ys: ArrayLike<number>): number | null {
  if (xs.length !== ys.length) {
    throw new RangeError(`spearman: samples differ in length (${xs.length} vs ${ys.length})`);
  }
  const px: number[] = [];
  const py: number[] = [];
  for (let i = 0; i < xs.length; i += 1) {
    const x = xs[i] as number;
    const y = ys[i] as number;
    if (Number.isFinite(x) && Number.isFinite(y)) {
      px.push(x);
      py.push(y);
    }
  }
  if (px.length < 2) return null;
  return pearsonOfRanks(averageRanks(px), averageRanks(py));
}
