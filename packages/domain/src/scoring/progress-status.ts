import { DEFAULT_TREND_FROM, SDG_DEADLINE_YEAR } from './codebook';
import type { ScoringDirection, YearValue } from './types';

/**
 * Official-statistics progress status (Open SDG / Statistics Canada, after Eurostat): target
 * achieved, on track, progress made but acceleration needed, limited progress, deterioration,
 * or insufficient data (fewer than two years, or values where a growth rate is undefined).
 */
export type ProgressStatus =
  | 'target_achieved'
  | 'on_track'
  | 'acceleration_needed'
  | 'limited_progress'
  | 'deterioration'
  | 'insufficient';

/** What {@link progressStatus} needs besides the data. */
export interface ProgressStatusOptions {
  /** Which way is progress. */
  readonly direction: ScoringDirection;
  /** Base year (calendar year); the first year with data from then on is used. Default 2015. */
  readonly baseYear?: number;
  /** The city's target, when set: the value to reach (indicator's unit) and by when (default 2030). */
  readonly target?: { readonly value: number; readonly year?: number };
}

/** A progress status and the number it was read from. */
export interface ProgressResult {
  /** The band. */
  readonly status: ProgressStatus;
  /**
   * With a target: `R = d × CAGRobs / |CAGRreq|`, a ratio (1 = exactly the pace needed).
   * Without: `d × CAGRobs`, a yearly growth rate (0.015 = 1.5% a year in the desired direction).
   * Null when the status is `insufficient` or the target is already achieved.
   */
  readonly value: number | null;
}

/** Bands on R when a target is set. */
const RATIO_BANDS = { onTrack: 0.95, acceleration: 0.6 } as const;
/** Bands on the directed yearly growth rate when no target is set: 1.5% and 0.5% a year. */
const GROWTH_BANDS = { onTrack: 0.015, acceleration: 0.005 } as const;

/** Compound annual growth rate between two values `years` apart: `(to / from)^(1/years) − 1`. */
function cagr(from: number, to: number, years: number): number {
  return (to / from) ** (1 / years) - 1;
}

function band(value: number, bands: { onTrack: number; acceleration: number }): ProgressStatus {
  if (value >= bands.onTrack) return 'on_track';
  if (value >= bands.acceleration) return 'acceleration_needed';
  return value >= 0 ? 'limited_progress' : 'deterioration';
}

const INSUFFICIENT: ProgressResult = { status: 'insufficient', value: null };

/**
 * Progress status of one series by the official-statistics CAGR method (METHODS §3). Base point:
 * the first year at or after `baseYear`; latest: the last year. With a target:
 * `CAGRobs = (y_t / y_0)^(1/(t − t0)) − 1`, `CAGRreq = (y_T / y_0)^(1/(T − t0)) − 1`,
 * `R = d × CAGRobs / |CAGRreq|` (d = +1 when higher is better, −1 when lower), banded at 0.95,
 * 0.6 and 0; "target achieved" as soon as the latest value reaches the target. Without a target:
 * `d × CAGRobs` banded at 1.5%, 0.5% and 0% a year. Growth rates need values of one sign: a zero,
 * or a change of sign (base, latest or target), gives `insufficient`, as do fewer than two years
 * or a target year not after the base year. All-negative values are handled as Open SDG does,
 * by flipping the direction. The near-limit scaling factor of Statistics Canada is not applied.
 * @example progressStatus([{ year: 2015, value: 100 }, { year: 2020, value: 110 }], { direction: 'higher' }) // on_track (≈ 1.9% a year)
 */
export function progressStatus(
  points: readonly YearValue[],
  { direction, baseYear = DEFAULT_TREND_FROM, target }: ProgressStatusOptions,
): ProgressResult {
  let base: YearValue | undefined;
  let latest: YearValue | undefined;
  for (const point of points) {
    if (point.year < baseYear || !Number.isFinite(point.value)) continue;
    if (base === undefined || point.year < base.year) base = point;
    if (latest === undefined || point.year >= latest.year) latest = point;
  }
  if (base === undefined || latest === undefined || latest.year <= base.year) return INSUFFICIENT;
  const d = direction === 'higher' ? 1 : -1;
  if (target !== undefined && d * (latest.value - target.value) >= 0) {
    return { status: 'target_achieved', value: null };
  }
  const sign = Math.sign(base.value);
  if (sign === 0 || Math.sign(latest.value) !== sign) return INSUFFICIENT;
  const observed = sign * d * cagr(base.value, latest.value, latest.year - base.year);
  if (target === undefined) return { status: band(observed, GROWTH_BANDS), value: observed };

  const targetYear = target.year ?? SDG_DEADLINE_YEAR;
  if (Math.sign(target.value) !== sign || targetYear <= base.year) return INSUFFICIENT;
  const required = Math.abs(cagr(base.value, target.value, targetYear - base.year));
  // A target equal to the base value, not reached: the latest value moved away from it.
  if (required === 0) return { status: 'deterioration', value: null };
  const ratio = observed / required;
  return { status: band(ratio, RATIO_BANDS), value: ratio };
}
