/**
 * Benchmark: all pairs of 400 series × 20 years × 10 units (798,000 pairs) through our
 * `computeLinks` against pandas `DataFrame.corr(method="spearman", min_periods=5)`.
 * Run with `npx tsx bench/interlinkages/run.ts`; prints one JSON line on stdout.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { computeLinks, type SeriesLink } from '@frontrunner/domain';
import { generate, parseCsv, SHAPE, toCsv } from './generate';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', 'out', 'interlinkages');
const MIN_YEARS = 5;
const TOLERANCE = 1e-9;
const REPEATS = 3;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/** The first python3 that can import pandas: a pyenv shim on PATH may lack it, Debian's has it. */
function findPython(): string {
  for (const candidate of ['python3', '/usr/bin/python3']) {
    if (spawnSync(candidate, ['-c', 'import pandas']).status === 0) return candidate;
  }
  throw new Error('No python3 with pandas: apt-get install -y python3-pandas');
}

/** Our ρ laid out like the peer's file: units, then i < j row-major; NaN where no ρ. */
function layout(links: readonly SeriesLink[], units: string[], codes: string[]): Float64Array {
  const k = codes.length;
  const perUnit = (k * (k - 1)) / 2;
  const unitIndex = new Map(units.map((unit, u) => [unit, u]));
  const codeIndex = new Map(codes.map((code, i) => [code, i]));
  const rho = new Float64Array(units.length * perUnit).fill(Number.NaN);
  for (const link of links) {
    const i = codeIndex.get(link.a) as number;
    const j = codeIndex.get(link.b) as number;
    const at =
      (unitIndex.get(link.unit) as number) * perUnit + i * k - (i * (i + 1)) / 2 + (j - i - 1);
    rho[at] = link.rho ?? Number.NaN;
  }
  return rho;
}

function compare(
  ours: Float64Array,
  theirs: Float64Array,
): { mismatches: number; maxDiff: number } {
  let mismatches = 0;
  let maxDiff = 0;
  if (ours.length !== theirs.length)
    return { mismatches: Math.max(ours.length, theirs.length), maxDiff };
  for (let k = 0; k < ours.length; k += 1) {
    const a = ours[k] as number;
    const b = theirs[k] as number;
    if (Number.isNaN(a) || Number.isNaN(b)) {
      if (Number.isNaN(a) !== Number.isNaN(b)) mismatches += 1;
      continue;
    }
    const diff = Math.abs(a - b);
    maxDiff = Math.max(maxDiff, diff);
    if (diff > TOLERANCE) mismatches += 1;
  }
  return { mismatches, maxDiff };
}

function main(): void {
  mkdirSync(out, { recursive: true });
  const csv = toCsv(generate());
  writeFileSync(join(out, 'observations.csv'), csv.observations);
  writeFileSync(join(out, 'series.csv'), csv.series);

  let started = performance.now();
  const data = parseCsv(
    readFileSync(join(out, 'observations.csv'), 'utf8'),
    readFileSync(join(out, 'series.csv'), 'utf8'),
  );
  const oursLoadMs = performance.now() - started;

  let links: SeriesLink[] = [];
  const times: number[] = [];
  for (let r = 0; r < REPEATS; r += 1) {
    started = performance.now();
    links = computeLinks(data.observations, data.catalogue, { minYears: MIN_YEARS });
    times.push(performance.now() - started);
  }

  const peer = spawnSync(findPython(), [join(here, 'peer.py'), out, String(REPEATS)], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  if (peer.status !== 0) throw new Error(`peer.py failed:\n${peer.stderr}`);
  const pandas = JSON.parse(peer.stdout.trim()) as {
    load_ms: number;
    corr_ms: number;
    pairs: number;
    pandas: string;
  };
  const bytes = readFileSync(join(out, 'pandas-rho.f64'));
  const theirs = new Float64Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 8);

  const units = [...new Set(data.observations.map((o) => o.unit))].sort();
  const codes = data.catalogue.map((s) => s.series).sort();
  const ours = layout(links, units, codes);
  const { mismatches, maxDiff } = compare(ours, theirs);
  if (mismatches > 0) console.error(`interlinkages: ${mismatches} pairs differ from pandas`);

  const oursMs = median(times);
  const round = (ms: number): number => Math.round(ms * 10) / 10;
  console.log(
    JSON.stringify({
      bench: 'interlinkages',
      pairs: ours.length,
      ours_ms: round(oursMs),
      pandas_ms: round(pandas.corr_ms),
      ratio: Math.round((pandas.corr_ms / oursMs) * 100) / 100,
      equal: mismatches === 0 && pandas.pairs === ours.length,
      correlated: ours.filter((rho) => !Number.isNaN(rho)).length,
      ours_load_ms: round(oursLoadMs),
      pandas_load_ms: round(pandas.load_ms),
      max_abs_diff: maxDiff,
      shape: SHAPE,
      pandas_version: pandas.pandas,
    }),
  );
}

main();
