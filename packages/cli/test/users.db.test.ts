import { seedReferenceData, userRepository } from '@frontrunner/db';
import { createTestDatabase } from '@frontrunner/db/testing';
import { cityProgrammeService, LOCAL_OPERATOR } from '@frontrunner/services';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let handle: Awaited<ReturnType<typeof createTestDatabase>>;
const MAIN = join(import.meta.dirname, '../src/main.ts');

beforeAll(async () => {
  handle = await createTestDatabase();
  await seedReferenceData(handle);
});
afterAll(async () => handle.destroy());

/** Runs the CLI against the test database with `input` on stdin (not a terminal). */
function cli(args: string[], input = '') {
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'silent' };
  delete env.DATABASE_URL;
  delete env.FRONTRUNNER_DB;
  if (handle.url) env.DATABASE_URL = handle.url;
  else env.FRONTRUNNER_DB = handle.file;
  const result = spawnSync(process.execPath, ['--import', 'tsx', MAIN, ...args], {
    input,
    env,
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('frontrunner users create-admin', () => {
  it('refuses a short password and the email as password, and writes nothing', () => {
    const short = cli(['users', 'create-admin', '--email', 'root@example.org'], 'short\n');
    expect(short.code).toBe(4);
    expect(short.stderr).toMatch(/at least 12 characters/);
    const email = cli(
      ['users', 'create-admin', '--email', 'root@example.org'],
      'ROOT@example.org\n',
    );
    expect(email.code).toBe(4);
    expect(email.stderr).toMatch(/must not be your email/);
  });

  it('checks everything and writes nothing with --dry-run', async () => {
    const dry = cli(
      ['users', 'create-admin', '--email', 'root@example.org', '--dry-run'],
      'a long enough password\n',
    );
    expect(dry.code).toBe(0);
    expect(await userRepository.countUsers(handle.db)).toBe(0);
  });

  it('creates an active secretariat user with the password from stdin, never printing it', async () => {
    const res = cli(
      ['users', 'create-admin', '--email', 'Root@Example.org', '--name', 'Root', '--json'],
      'a long enough password\n',
    );
    expect(res.code).toBe(0);
    expect(res.stdout + res.stderr).not.toContain('a long enough password');
    const user = JSON.parse(res.stdout) as {
      email: string;
      status: string;
      assignments: { role: string }[];
    };
    expect(user).toMatchObject({
      email: 'root@example.org',
      status: 'active',
      assignments: [{ role: 'secretariat' }],
    });
    const row = await userRepository.findUserByEmail(handle.db, 'root@example.org');
    expect(row?.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it('exits 5 when the email is taken', () => {
    expect(
      cli(['users', 'create-admin', '--email', 'root@example.org'], 'a long enough password\n')
        .code,
    ).toBe(5);
  });
});

describe('frontrunner audit', () => {
  it('prints the audit trail of a city as JSON, with the CLI as the actor of CLI writes', async () => {
    await cityProgrammeService.updateCityProgramme(
      { db: handle.db, clock: () => new Date() },
      { actor: LOCAL_OPERATOR },
      'battambang',
      { stage: 'candidate' },
    );
    const res = cli(['audit', '--city', 'battambang', '--json']);
    expect(res.code).toBe(0);
    const page = JSON.parse(res.stdout) as {
      total: number;
      items: { action: string; actor: { id: string } }[];
    };
    expect(page.total).toBe(1);
    expect(page.items[0]).toMatchObject({
      action: 'city.update',
      actor: { id: 'cli:local-operator' },
    });
    expect(cli(['audit', '--city', 'atlantis']).code).toBe(3);
  });
});
