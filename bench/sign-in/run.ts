// Measures a sign-in (POST /api/v1/session through the whole app: lockout check, user lookup,
// Argon2id verify, session insert, audit entry) on a fresh SQLite database, against an unknown
// email and a wrong password (which must take about as long), and the bare hash and verify.
// Prints one JSON line. Run: npx tsx bench/sign-in/run.ts
import { createTestDatabase } from '@frontrunner/db/testing';
import { createApp } from '@frontrunner/server';
import {
  accountsDeps,
  adminService,
  hashPassword,
  LOCAL_OPERATOR,
  LogMailer,
  PASSWORD_HASH_OPTIONS,
  verifyPassword,
} from '@frontrunner/services';
import pino from 'pino';

const RUNS = 20;
const PASSWORD = 'correct horse battery staple';

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const round = (x: number) => Math.round(x * 10) / 10;

async function time(work: () => Promise<unknown>): Promise<number[]> {
  const ms: number[] = [];
  await work(); // warm-up
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await work();
    ms.push(performance.now() - started);
  }
  return ms;
}

async function interleaved(
  works: [() => Promise<unknown>, () => Promise<unknown>, () => Promise<unknown>],
): Promise<[number[], number[], number[]]> {
  const ms: [number[], number[], number[]] = [[], [], []];
  for (const work of works) await work(); // warm-up
  for (let i = 0; i < RUNS; i++)
    for (const [j, work] of works.entries()) {
      const started = performance.now();
      await work();
      ms[j]!.push(performance.now() - started);
    }
  return ms;
}

const handle = await createTestDatabase('sqlite');
try {
  const silent = pino({ level: 'silent' });
  const deps = accountsDeps({ db: handle.db, mailer: new LogMailer(silent) });
  await adminService.createActiveUser(
    deps,
    { actor: LOCAL_OPERATOR },
    {
      email: 'bench@example.org',
      name: 'Bench',
      password: PASSWORD,
      assignments: [],
    },
  );
  const app = await createApp({
    db: handle.db,
    dialect: handle.dialect,
    authRateLimit: 1_000_000,
    accountSettings: { accountLockoutThreshold: 1_000_000, addressLockoutThreshold: 1_000_000 },
  });
  const signIn = (email: string, password: string, expected: number) => async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/session',
      payload: { email, password },
    });
    if (res.statusCode !== expected) throw new Error(`expected ${expected}, got ${res.statusCode}`);
  };
  // Interleaved, so that a change of machine load affects the three alike.
  const [ok, wrong, unknown] = await interleaved([
    signIn('bench@example.org', PASSWORD, 200),
    signIn('bench@example.org', 'not the password', 401),
    signIn('nobody@example.org', PASSWORD, 401),
  ]);
  const stored = await hashPassword(PASSWORD);
  const hash = await time(() => hashPassword(PASSWORD));
  const verify = await time(() => verifyPassword(stored, PASSWORD));
  await app.close();
  console.log(
    JSON.stringify({
      benchmark: 'sign-in',
      runs: RUNS,
      argon2: {
        algorithm: 'argon2id',
        memoryKiB: PASSWORD_HASH_OPTIONS.memoryCost,
        timeCost: PASSWORD_HASH_OPTIONS.timeCost,
        parallelism: PASSWORD_HASH_OPTIONS.parallelism,
      },
      sign_in_median_ms: round(median(ok)),
      wrong_password_median_ms: round(median(wrong)),
      unknown_email_median_ms: round(median(unknown)),
      hash_median_ms: round(median(hash)),
      verify_median_ms: round(median(verify)),
      node: process.version,
    }),
  );
} finally {
  await handle.destroy();
}
