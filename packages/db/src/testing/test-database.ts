import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { DialectName } from '../connection/config';
import { openDatabase, type DatabaseHandle } from '../connection/connect';
import { migrateToLatest } from '../migrate';

/** The dialect the `db` test tier runs on: FRONTRUNNER_TEST_DIALECT=postgres, else SQLite. */
export function testDialect(): DialectName {
  return process.env.FRONTRUNNER_TEST_DIALECT === 'postgres' ? 'postgres' : 'sqlite';
}

/** The PostgreSQL server tests create their databases on (trust auth on this machine). */
export function testPostgresAdminUrl(): string {
  return process.env.FRONTRUNNER_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
}

/** A fresh, migrated database of the test dialect that removes itself on `destroy()`. */
export async function createTestDatabase(
  dialect: DialectName = testDialect(),
  options: { migrate?: boolean } = {},
): Promise<DatabaseHandle & { readonly url?: string; readonly file?: string }> {
  let handle: DatabaseHandle & { url?: string; file?: string };
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'frontrunner-test-'));
    const file = join(dir, 'test.db');
    const inner = openDatabase({ dialect: 'sqlite', file });
    handle = {
      ...inner,
      file,
      destroy: async () => {
        await inner.destroy();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } else {
    const admin = new URL(testPostgresAdminUrl());
    const name = `frontrunner_test_${randomBytes(6).toString('hex')}`;
    await adminQuery(admin.href, `create database ${name}`);
    const url = new URL(admin.href);
    url.pathname = `/${name}`;
    const inner = openDatabase({ dialect: 'postgres', url: url.href, poolSize: 5 });
    handle = {
      ...inner,
      url: url.href,
      destroy: async () => {
        await inner.destroy();
        // pg's Pool.end() resolves before its sockets close; a forced drop would then kill
        // those backends and the clients would raise unhandled FATAL errors. Wait for them.
        await waitForNoConnections(admin.href, name);
        await adminQuery(admin.href, `drop database if exists ${name} with (force)`);
      },
    };
  }
  if (options.migrate !== false) await migrateToLatest(handle);
  return handle;
}

async function adminQuery(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

async function waitForNoConnections(url: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (let i = 0; i < 50; i++) {
      const { rows } = await client.query<{ n: string }>(
        'select count(*) as n from pg_stat_activity where datname = $1',
        [database],
      );
      if (Number(rows[0]?.n ?? 0) === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  } finally {
    await client.end();
  }
}
