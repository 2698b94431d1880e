/**
 * Benchmark: importing N observations (default 1,000,000) in the project's CSV format — our
 * validated import into SQLite against Debian's `sqlite3 .import --csv` of the same file (no
 * checks at all) and, when installed, DuckDB's `read_csv`. Prints one JSON line on stdout.
 * Run with `npx tsx bench/import/run.ts [--rows 1000000] [--repeats 3]`.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from './generate';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', 'out', 'import');
const root = join(here, '..', '..');

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at < 0 ? fallback : Number(process.argv[at + 1]);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`--${name} takes a positive integer`);
  return value;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/** Runs a command under GNU time; returns wall time, peak RSS and stdout. */
function timed(command: string, args: string[]): { ms: number; rssMb: number; stdout: string } {
  const result = spawnSync('/usr/bin/time', ['-f', '%e %M', command, ...args], {
    encoding: 'utf8',
    cwd: root,
    maxBuffer: 1 << 24,
  });
  if (result.status !== 0) throw new Error(`${command} failed:\n${result.stderr}`);
  const last = result.stderr.trim().split('\n').at(-1) ?? '';
  const [seconds, kb] = last.split(' ').map(Number);
  return { ms: (seconds ?? NaN) * 1000, rssMb: (kb ?? NaN) / 1024, stdout: result.stdout };
}

function which(name: string): string | undefined {
  const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() : undefined;
}

function count(db: string, sql: string): string {
  return spawnSync('sqlite3', [db, sql], { encoding: 'utf8' }).stdout.trim();
}

async function main(): Promise<void> {
  const rows = option('rows', 1_000_000);
  const repeats = option('repeats', 3);
  if (which('sqlite3') === undefined) throw new Error('No sqlite3: apt-get install -y sqlite3');
  mkdirSync(out, { recursive: true });
  const file = join(out, `observations-${rows}.csv`);
  await generate(file, rows);

  const ours: { ms: number; processMs: number; rssMb: number }[] = [];
  const peer: { ms: number; rssMb: number }[] = [];
  const oursDb = join(out, 'ours.sqlite');
  const peerDb = join(out, 'sqlite3.sqlite');
  for (let r = 0; r < repeats; r += 1) {
    rmSync(oursDb, { force: true });
    const run = timed(process.execPath, ['--import', 'tsx', join(here, 'ours.ts'), file, oursDb]);
    const child = JSON.parse(run.stdout.trim()) as { ms: number; rows: number; problems: number };
    if (child.rows !== rows || child.problems !== 0)
      throw new Error(`ours: ${JSON.stringify(child)}`);
    ours.push({ ms: child.ms, processMs: run.ms, rssMb: run.rssMb });

    rmSync(peerDb, { force: true });
    peer.push(timed('sqlite3', [peerDb, `.import --csv ${file} observations`]));
  }
  const sum = 'select count(*), round(sum(value), 3) from observations';
  const same =
    count(oursDb, sum) === count(peerDb, sum.replace('sum(value)', 'sum(cast(value as real))'));
  const duckdb = which('duckdb');

  const round = (n: number): number => Math.round(n * 10) / 10;
  const oursMs = median(ours.map((o) => o.ms));
  const sqliteMs = median(peer.map((p) => p.ms));
  console.log(
    JSON.stringify({
      bench: 'import',
      rows,
      ours_ms: round(oursMs),
      ours_peak_rss_mb: round(Math.max(...ours.map((o) => o.rssMb))),
      sqlite3_ms: round(sqliteMs),
      sqlite3_peak_rss_mb: round(Math.max(...peer.map((p) => p.rssMb))),
      duckdb_ms: null,
      ratio_vs_sqlite3: Math.round((oursMs / sqliteMs) * 100) / 100,
      target: 'sqlite-table',
      validated: true,
      equal: same,
      ours_process_ms: round(median(ours.map((o) => o.processMs))),
      duckdb_reason:
        duckdb === undefined
          ? 'duckdb CLI not installed; @duckdb/node-api not a dependency'
          : `found ${duckdb} but not run`,
      file_mb: round(statSync(file).size / 2 ** 20),
      repeats,
    }),
  );
}

await main();
