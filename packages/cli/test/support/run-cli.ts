import { run } from '../../src/main';

/** What a run of the CLI left: its exit code and what it wrote. */
export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

type Write = typeof process.stdout.write;

/** A stand-in for a stream's `write` that keeps the text. */
function collect(into: string[]): Write {
  return ((chunk: string | Uint8Array, encoding?: unknown, callback?: unknown) => {
    into.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    const done = typeof encoding === 'function' ? encoding : callback;
    if (typeof done === 'function') (done as () => void)();
    return true;
  }) as Write;
}

/**
 * Runs `frontrunner <args>` inside this test process against a test database, as a shell would
 * with DATABASE_URL (PostgreSQL) or FRONTRUNNER_DB (SQLite) set: the same `run` the binary calls,
 * the same exit codes, stdout and stderr captured. Spawning `node --import tsx` instead costs
 * seconds of compiling per call; users.db.test.ts still spawns the real process (stdin, exit
 * status), so the binary itself stays covered.
 */
export async function runCli(
  handle: { readonly url?: string; readonly file?: string },
  args: readonly string[],
): Promise<CliResult> {
  const saved = {
    DATABASE_URL: process.env.DATABASE_URL,
    FRONTRUNNER_DB: process.env.FRONTRUNNER_DB,
    LOG_LEVEL: process.env.LOG_LEVEL,
  };
  const restoreEnv = (name: keyof typeof saved) => {
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  };
  delete process.env.DATABASE_URL;
  delete process.env.FRONTRUNNER_DB;
  if (handle.url) process.env.DATABASE_URL = handle.url;
  else if (handle.file) process.env.FRONTRUNNER_DB = handle.file;
  process.env.LOG_LEVEL = 'silent';
  const stdout: string[] = [];
  const stderr: string[] = [];
  const writes = { out: process.stdout.write, err: process.stderr.write };
  process.stdout.write = collect(stdout);
  process.stderr.write = collect(stderr);
  process.exitCode = undefined;
  try {
    const code = await run(args);
    return { code, stdout: stdout.join(''), stderr: stderr.join('') };
  } finally {
    process.stdout.write = writes.out;
    process.stderr.write = writes.err;
    process.exitCode = undefined;
    for (const name of ['DATABASE_URL', 'FRONTRUNNER_DB', 'LOG_LEVEL'] as const) restoreEnv(name);
  }
}
