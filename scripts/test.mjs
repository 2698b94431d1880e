#!/usr/bin/env node
// The whole test suite, every tier on both databases:
//   unit → db (SQLite and PostgreSQL side by side) → e2e (SQLite) → e2e (PostgreSQL)
// PostgreSQL tiers run when a server answers at FRONTRUNNER_TEST_PG_URL (default
// postgres://postgres@127.0.0.1:5432/postgres); they are skipped with a message otherwise,
// unless FRONTRUNNER_REQUIRE_POSTGRES=1 (CI), which makes a missing server a failure.
// Ends with one line "N passed, N failed, N skipped".
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';

const root = join(import.meta.dirname, '..');
const outDir = join(root, 'test-results');
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
const pgUrl = process.env.FRONTRUNNER_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const only = process.argv.slice(2); // e.g. `npm test -- unit db`

async function postgresUp() {
  const client = new pg.Client({ connectionString: pgUrl, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

const havePostgres = await postgresUp();
if (!havePostgres) {
  const message = `PostgreSQL is not reachable at ${pgUrl}`;
  if (process.env.FRONTRUNNER_REQUIRE_POSTGRES === '1') {
    console.error(`${message}, and FRONTRUNNER_REQUIRE_POSTGRES=1.`);
    process.exit(1);
  }
  console.warn(`${message}: the PostgreSQL tiers are skipped.`);
}

const runs = [
  { name: 'unit', project: 'unit', env: {} },
  { name: 'db-sqlite', project: 'db', env: { FRONTRUNNER_TEST_DIALECT: 'sqlite' } },
  {
    name: 'db-postgres',
    project: 'db',
    env: { FRONTRUNNER_TEST_DIALECT: 'postgres' },
    needsPg: true,
  },
  { name: 'e2e-sqlite', project: 'e2e', env: { FRONTRUNNER_TEST_DIALECT: 'sqlite' } },
  {
    name: 'e2e-postgres',
    project: 'e2e',
    env: { FRONTRUNNER_TEST_DIALECT: 'postgres' },
    needsPg: true,
  },
].filter((r) => only.length === 0 || only.some((o) => r.name.startsWith(o)));

const totals = { passed: 0, failed: 0, skipped: 0 };
let failedRuns = [];

/** Runs one tier; `quiet` buffers its output and prints it when the tier ends. */
function runTier(run, quiet) {
  const report = join(outDir, `${run.name}.json`);
  const child = spawn(
    'npx',
    [
      'vitest',
      'run',
      '--project',
      run.project,
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${report}`,
      '--passWithNoTests',
    ],
    {
      cwd: root,
      stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
      env: { ...process.env, ...run.env, FRONTRUNNER_TEST_PG_URL: pgUrl },
    },
  );
  const output = [];
  if (quiet) {
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
  } else console.log(`\n=== ${run.name} ===`);
  return new Promise((resolve) => {
    child.on('close', (status) => {
      if (quiet) {
        console.log(`\n=== ${run.name} ===`);
        process.stdout.write(Buffer.concat(output));
      }
      try {
        const json = JSON.parse(readFileSync(report, 'utf8'));
        totals.passed += json.numPassedTests;
        totals.failed += json.numFailedTests;
        totals.skipped += json.numPendingTests + (json.numTodoTests ?? 0);
      } catch {
        totals.failed += 1;
      }
      if (status !== 0) failedRuns.push(run.name);
      resolve();
    });
  });
}

// The db tiers use their own databases (a temporary SQLite file, or a PostgreSQL database named at
// random, per test file), so SQLite and PostgreSQL run side by side; the e2e tiers share the web
// build and run one after the other.
const selected = runs.filter((run) => !run.needsPg || havePostgres);
for (const project of ['unit', 'db', 'e2e']) {
  const tiers = selected.filter((run) => run.project === project);
  if (project === 'db') await Promise.all(tiers.map((run) => runTier(run, tiers.length > 1)));
  else for (const run of tiers) await runTier(run, false);
}
console.log(`\nTiers run: ${selected.map((r) => r.name).join(', ')}`);
if (failedRuns.length > 0) console.log(`Failed tiers: ${failedRuns.join(', ')}`);
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failedRuns.length > 0 || totals.failed > 0 ? 1 : 0);
