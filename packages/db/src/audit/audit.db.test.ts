import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../testing/test-database';
import * as throttle from '../accounts/login-throttle.repository';
import * as users from '../accounts/user.repository';
import * as audit from './audit.repository';

let handle: Awaited<ReturnType<typeof createTestDatabase>>;

beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(async () => handle.destroy());

const entry = (overrides: Partial<audit.NewAuditEntry> = {}): audit.NewAuditEntry => ({
  id: randomUUID(),
  occurred_at: new Date().toISOString(),
  actor_kind: 'cli',
  actor_id: 'cli:local-operator',
  actor_user_id: null,
  action: 'test.write',
  entity_type: 'test',
  entity_id: 'x',
  city_id: null,
  country_iso3: null,
  before_json: null,
  after_json: '{"a":1}',
  request_id: null,
  address: null,
  ...overrides,
});

describe('the audit trail table', () => {
  it('accepts new entries and lists them newest first', async () => {
    await audit.insertAuditEntry(
      handle.db,
      entry({ occurred_at: '2030-01-01T00:00:00.000Z', entity_id: 'old' }),
    );
    await audit.insertAuditEntry(
      handle.db,
      entry({ occurred_at: '2030-01-02T00:00:00.000Z', entity_id: 'new' }),
    );
    const { rows, total } = await audit.listAuditEntries(handle.db, { limit: 10, offset: 0 });
    expect(total).toBe(2);
    expect(rows.map((r) => r.entity_id)).toEqual(['new', 'old']);
  });

  it('refuses UPDATE and DELETE in the database itself, whatever the code does', async () => {
    await expect(
      sql`update audit_entry set action = 'rewritten'`.execute(handle.db),
    ).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_entry`.execute(handle.db)).rejects.toThrow(/append-only/);
    const { total } = await audit.listAuditEntries(handle.db, { limit: 10, offset: 0 });
    expect(total).toBe(2);
  });

  it('narrows entries to the countries of a scoped reader', async () => {
    await audit.insertAuditEntry(handle.db, entry({ country_iso3: 'KHM', entity_id: 'khm' }));
    const khm = await audit.listAuditEntries(handle.db, {
      countryIn: ['KHM'],
      limit: 10,
      offset: 0,
    });
    expect(khm.rows.map((r) => r.entity_id)).toEqual(['khm']);
    const none = await audit.listAuditEntries(handle.db, { countryIn: [], limit: 10, offset: 0 });
    expect(none.total).toBe(0);
  });
});

describe('accounts tables', () => {
  it('stores emails in lower case only, and each once', async () => {
    const at = new Date().toISOString();
    const row = {
      name: 'A',
      language: 'en' as const,
      status: 'active' as const,
      password_hash: null,
      is_demo: 0,
      created_at: at,
      updated_at: at,
    };
    await users.insertUser(handle.db, { ...row, id: randomUUID(), email: 'a@example.org' });
    await expect(
      users.insertUser(handle.db, { ...row, id: randomUUID(), email: 'a@example.org' }),
    ).rejects.toThrow();
    await expect(
      users.insertUser(handle.db, { ...row, id: randomUUID(), email: 'B@example.org' }),
    ).rejects.toThrow();
  });

  it('refuses an assignment whose scope does not fit its role', async () => {
    const user = await users.findUserByEmail(handle.db, 'a@example.org');
    const at = new Date().toISOString();
    const bad = {
      id: randomUUID(),
      user_id: user!.id,
      role: 'focal_point' as const,
      country_iso3: null,
      city_id: null,
      created_at: at,
    };
    await expect(users.replaceAssignments(handle.db, user!.id, [bad])).rejects.toThrow();
  });

  it('counts sign-in failures atomically and starts again after the window', async () => {
    const key = 'email:test';
    expect(
      await throttle.recordFailure(
        handle.db,
        key,
        '2030-01-01T00:00:00.000Z',
        '2029-12-31T00:00:00.000Z',
      ),
    ).toBe(1);
    expect(
      await throttle.recordFailure(
        handle.db,
        key,
        '2030-01-01T00:01:00.000Z',
        '2029-12-31T00:01:00.000Z',
      ),
    ).toBe(2);
    const counts = await Promise.all(
      [1, 2, 3].map(() =>
        throttle.recordFailure(
          handle.db,
          key,
          '2030-01-01T00:02:00.000Z',
          '2029-12-31T00:02:00.000Z',
        ),
      ),
    );
    expect(counts.sort()).toEqual([3, 4, 5]);
    expect(
      await throttle.recordFailure(
        handle.db,
        key,
        '2030-01-03T00:00:00.000Z',
        '2030-01-02T00:00:00.000Z',
      ),
    ).toBe(1);
    await throttle.lockUntil(handle.db, key, '2030-01-03T00:10:00.000Z');
    await throttle.lockUntil(handle.db, key, '2030-01-03T00:05:00.000Z');
    const [row] = await throttle.findThrottles(handle.db, [key]);
    expect(row?.locked_until).toBe('2030-01-03T00:10:00.000Z');
  });
});
