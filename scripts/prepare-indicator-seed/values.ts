/** A numeric value as the seed files carry it, with a note when the source gave a bound. */
export interface ParsedValue {
  /** Decimal text, as the source wrote it (bounds without their sign). */
  readonly text: string;
  readonly footnote: string;
}

const PLAIN = /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/;
const BOUND = /^([<>])\s*(\d+(\.\d+)?)$/;

/**
 * Reads a source value. Plain numbers are kept as written. A bound such as `<2.5` or `>95`
 * (UNSD writes them where a survey cannot tell smaller or larger values apart) is kept as the
 * bound, with a footnote saying so — the convention of the SDR, which scores `<2.5` as 2.5.
 * Returns undefined for anything else (`N`, `NV`: no value).
 * @example parseValue('<2.5') // { text: '2.5', footnote: 'Reported as "<2.5": …' }
 */
export function parseValue(raw: string): ParsedValue | undefined {
  const text = raw.trim();
  if (PLAIN.test(text)) return { text, footnote: '' };
  const bound = BOUND.exec(text);
  if (bound === null) return undefined;
  const [, sign, number = ''] = bound;
  const kind = sign === '<' ? 'an upper' : 'a lower';
  return {
    text: number,
    footnote: `Reported as "${text}": ${kind} bound, stored as the bound.`,
  };
}

/**
 * Decimals a value needs, ignoring float noise (`99.90001` is 99.9 stored as a float: 1).
 * Values needing more than 6 count as 7.
 */
function decimalsNeeded(value: number): number {
  const tolerance = 1e-6 * Math.max(1, Math.abs(value));
  for (let k = 0; k <= 6; k++) {
    const scale = 10 ** k;
    if (Math.abs(Math.round(value * scale) / scale - value) <= tolerance) return k;
  }
  return 7;
}

/**
 * Decimals to show for a series, 0–3. When every value needs at most 3 decimals, the most any
 * value needs (so nothing published is rounded away). Otherwise the values are computed ratios
 * with spurious precision, and the median magnitude decides: ≥ 100 → 0, ≥ 10 → 1, ≥ 1 → 2,
 * else 3 (about three significant digits).
 */
export function inferDecimals(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const needed = Math.max(...values.map(decimalsNeeded));
  if (needed <= 3) return needed;
  const sorted = values.map(Math.abs).sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  if (median >= 100) return 0;
  if (median >= 10) return 1;
  if (median >= 1) return 2;
  return 3;
}
