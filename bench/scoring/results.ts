import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SHAPE } from './generate';

/** Colour codes shared by the three engines' result files. */
export const COLOUR_CODE: Readonly<Record<string, number>> = {
  grey: 0,
  red: 1,
  orange: 2,
  yellow: 3,
  green: 4,
};

/**
 * The results of one engine laid out for comparison, cities by id and series by codebook order:
 * NaN for "no score", colour codes as in {@link COLOUR_CODE}. Written as `<engine>-*.bin`.
 */
export interface BenchResults {
  /** Per city. */
  readonly index: Float64Array;
  /** Per city × goal (1–17). */
  readonly goalScores: Float64Array;
  readonly goalColours: Int8Array;
  /** Per city × series. */
  readonly scores: Float64Array;
  readonly colours: Int8Array;
}

/** Empty results: every number NaN, every colour grey. */
export function emptyResults(): BenchResults {
  const nan = (n: number) => new Float64Array(n).fill(Number.NaN);
  return {
    index: nan(SHAPE.units),
    goalScores: nan(SHAPE.units * SHAPE.goals),
    goalColours: new Int8Array(SHAPE.units * SHAPE.goals),
    scores: nan(SHAPE.units * SHAPE.series),
    colours: new Int8Array(SHAPE.units * SHAPE.series),
  };
}

const FILES = ['index', 'goalScores', 'goalColours', 'scores', 'colours'] as const;

/** Writes results as little-endian binary files `<dir>/<engine>-<part>.bin`. */
export function writeResults(dir: string, engine: string, results: BenchResults): void {
  for (const part of FILES) {
    const array = results[part];
    writeFileSync(
      join(dir, `${engine}-${part}.bin`),
      new Uint8Array(array.buffer, array.byteOffset, array.byteLength),
    );
  }
}

/** How two engines' results differ: mismatching cells and the largest numeric difference. */
export function compareResults(
  a: BenchResults,
  b: BenchResults,
  tolerance: number,
): { mismatches: number; maxAbsDiff: number } {
  let mismatches = 0;
  let maxAbsDiff = 0;
  const numbers = (x: Float64Array, y: Float64Array) => {
    for (let i = 0; i < x.length; i++) {
      const p = x[i] as number;
      const q = y[i] as number;
      if (Number.isNaN(p) || Number.isNaN(q)) {
        if (Number.isNaN(p) !== Number.isNaN(q)) mismatches += 1;
        continue;
      }
      const d = Math.abs(p - q);
      if (d > maxAbsDiff) maxAbsDiff = d;
      if (d > tolerance) mismatches += 1;
    }
  };
  const codes = (x: Int8Array, y: Int8Array) => {
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) mismatches += 1;
  };
  numbers(a.index, b.index);
  numbers(a.goalScores, b.goalScores);
  numbers(a.scores, b.scores);
  codes(a.goalColours, b.goalColours);
  codes(a.colours, b.colours);
  return { mismatches, maxAbsDiff };
}

/** Reads results written by any engine. */
export function readResults(dir: string, engine: string): BenchResults {
  const bytes = (part: string) => {
    const b = readFileSync(join(dir, `${engine}-${part}.bin`));
    return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength);
  };
  return {
    index: new Float64Array(bytes('index')),
    goalScores: new Float64Array(bytes('goalScores')),
    goalColours: new Int8Array(bytes('goalColours')),
    scores: new Float64Array(bytes('scores')),
    colours: new Int8Array(bytes('colours')),
  };
}
