/**
 * Benchmark: a full recompute of 2,000 cities × 200 indicators × 16 years by our domain scorer
 * (`scoreUnits` over in-memory data) against the same arithmetic in DuckDB SQL and in pandas,
 * each in its own process (for its peak memory), results checked equal across the three.
 * Run with `npx tsx bench/scoring/run.ts`; prints one JSON line on stdout.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCodebook, SHAPE, writeSyntheticCsv } from './generate';
import { compareResults, readResults, type BenchResults } from './results';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', 'out', 'scoring');
const TOLERANCE = 1e-9;

interface EngineRun {
  load_ms: number;
  compute_ms: number;
  max_rss_kb: number;
  [key: string]: unknown;
}

/** The first python3 that can import pandas: a pyenv shim on PATH may lack it, Debian's has it. */
function findPython(): string {
  for (const candidate of ['python3', '/usr/bin/python3']) {
    if (spawnSync(candidate, ['-c', 'import pandas']).status === 0) return candidate;
  }
  throw new Error('No python3 with pandas: apt-get install -y python3-pandas');
}

/** Runs one engine in its own process; its last stdout line is its JSON result. */
function runEngine(command: string, args: string[]): EngineRun | { error: string } {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (result.status !== 0)
    return {
      error: (result.stderr || result.error?.message || 'failed')
        .trim()
        .split('\n')
        .slice(-3)
        .join(' '),
    };
  return JSON.parse(result.stdout.trim().split('\n').at(-1) ?? '{}') as EngineRun;
}

const node = (script: string): [string, string[]] => [
  process.execPath,
  ['--import', 'tsx', join(here, script), out],
];

async function main(): Promise<void> {
  mkdirSync(out, { recursive: true });
  const observations = await writeSyntheticCsv(out, generateCodebook());
  const ours = runEngine(...node('ours.ts'));
  if ('error' in ours) throw new Error(`ours failed: ${ours.error}`);
  const duckdb = runEngine(...node('duckdb.ts'));
  const pandas = runEngine(findPython(), [join(here, 'peer.py'), out, '3']);
  if ('error' in pandas) throw new Error(`pandas failed: ${pandas.error}`);
  const mine = readResults(out, 'ours');
  const check = (theirs: BenchResults) => compareResults(mine, theirs, TOLERANCE);
  const vsPandas = check(readResults(out, 'pandas'));
  const vsDuckdb = 'error' in duckdb ? undefined : check(readResults(out, 'duckdb'));
  const ms = (x: number) => Math.round(x * 10) / 10;
  const mb = (kb: number) => Math.round(kb / 102.4) / 10;
  const ratio = (x: number) => Math.round((x / ours.compute_ms) * 100) / 100;
  console.log(
    JSON.stringify({
      bench: 'scoring',
      cities: SHAPE.units,
      indicators: SHAPE.series,
      years: SHAPE.years,
      observations,
      cities_with_index: mine.index.filter((x) => !Number.isNaN(x)).length,
      ours_ms: ms(ours.compute_ms),
      duckdb_ms: 'error' in duckdb ? null : ms(duckdb.compute_ms),
      pandas_ms: ms(pandas.compute_ms),
      duckdb_ratio: 'error' in duckdb ? null : ratio(duckdb.compute_ms),
      pandas_ratio: ratio(pandas.compute_ms),
      ours_peak_mb: mb(ours.max_rss_kb),
      duckdb_peak_mb: 'error' in duckdb ? null : mb(duckdb.max_rss_kb),
      pandas_peak_mb: mb(pandas.max_rss_kb),
      equal: {
        pandas: vsPandas.mismatches === 0,
        duckdb: vsDuckdb ? vsDuckdb.mismatches === 0 : null,
      },
      max_abs_diff: Math.max(vsPandas.maxAbsDiff, vsDuckdb?.maxAbsDiff ?? 0),
      ours_load_ms: ms(ours.load_ms),
      duckdb_load_ms: 'error' in duckdb ? null : ms(duckdb.load_ms),
      pandas_load_ms: ms(pandas.load_ms),
      duckdb:
        'error' in duckdb
          ? { error: duckdb.error }
          : { version: duckdb.version, threads: duckdb.threads },
      pandas_version: pandas.pandas,
    }),
  );
}

await main();
