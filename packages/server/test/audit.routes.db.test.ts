import { seriesRepository } from '@frontrunner/db';
import { sql } from 'kysely';
import type { RouteOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UNSAFE_METHODS } from '../src/auth/auth.hooks';
import { buildAccountsApp, call, headersFrom, PASSWORD } from './accounts-fixtures';

let t: Awaited<ReturnType<typeof buildAccountsApp>>;
const unsafeRoutes = new Set<string>();
let adminId: string;
const NEW_PASSWORD = 'yet another passphrase';

beforeAll(async () => {
  t = await buildAccountsApp({
    onRoute: (route: RouteOptions) => {
      for (const m of [route.method].flat())
        if (UNSAFE_METHODS.has(m)) unsafeRoutes.add(`${m} ${route.url}`);
    },
  });
  adminId = (await t.createUser([{ role: 'secretariat' }], 'admin@example.org')).id;
  const now = new Date().toISOString();
  await seriesRepository.insertSeries(t.handle.db, [
    {
      id: 'series-audit',
      code: 'FR_AUDIT',
      indicator_id: null,
      local_indicator_id: null,
      name: 'Audit test',
      unit: 'count',
      direction: null,
      decimals: 0,
      source: null,
      created_at: now,
      updated_at: now,
    },
  ]);
});
afterAll(async () => t.close());

type Res = Awaited<ReturnType<typeof call>>;
const admin = () => t.sessionHeaders(adminId);
let invitedId = '';
let tokenId = '';
let observationIds: string[] = [];

/** One successful call of every route that changes data, and the audit action it must record. */
const WRITES: [route: string, action: string, run: () => Promise<Res>][] = [
  [
    'POST /api/v1/session',
    'session.create',
    () =>
      call(t.app, 'POST', '/api/v1/session', {
        body: { email: 'admin@example.org', password: PASSWORD },
      }),
  ],
  [
    'DELETE /api/v1/session',
    'session.delete',
    async () => call(t.app, 'DELETE', '/api/v1/session', { headers: await admin() }),
  ],
  [
    'POST /api/v1/session/sign-out-everywhere',
    'session.delete_all',
    async () =>
      call(t.app, 'POST', '/api/v1/session/sign-out-everywhere', { headers: await admin() }),
  ],
  [
    'POST /api/v1/users',
    'user.invite',
    async () => {
      const res = await call(t.app, 'POST', '/api/v1/users', {
        headers: await admin(),
        body: {
          email: 'invitee@example.org',
          name: 'Invitee',
          assignments: [{ role: 'city_viewer', city: 'phnom-penh' }],
        },
      });
      invitedId = String(res.body.id);
      return res;
    },
  ],
  [
    'POST /api/v1/invitations/accept',
    'invitation.accept',
    () =>
      call(t.app, 'POST', '/api/v1/invitations/accept', {
        body: { token: t.mailer.lastToken('invitee@example.org'), password: PASSWORD },
      }),
  ],
  [
    'POST /api/v1/password-reset',
    'password_reset.request',
    () => call(t.app, 'POST', '/api/v1/password-reset', { body: { email: 'invitee@example.org' } }),
  ],
  [
    'POST /api/v1/password-reset/confirm',
    'password_reset.confirm',
    () =>
      call(t.app, 'POST', '/api/v1/password-reset/confirm', {
        body: { token: t.mailer.lastToken('invitee@example.org'), password: NEW_PASSWORD },
      }),
  ],
  [
    'PATCH /api/v1/account',
    'account.update',
    async () =>
      call(t.app, 'PATCH', '/api/v1/account', { headers: await admin(), body: { language: 'lo' } }),
  ],
  [
    'POST /api/v1/account/tokens',
    'token.create',
    async () => {
      const res = await call(t.app, 'POST', '/api/v1/account/tokens', {
        headers: await admin(),
        body: { name: 'ci' },
      });
      tokenId = String(res.body.id);
      return res;
    },
  ],
  [
    'DELETE /api/v1/account/tokens/:id',
    'token.revoke',
    async () =>
      call(t.app, 'DELETE', `/api/v1/account/tokens/${tokenId}`, { headers: await admin() }),
  ],
  [
    'PATCH /api/v1/users/:id',
    'user.manage',
    async () =>
      call(t.app, 'PATCH', `/api/v1/users/${invitedId}`, {
        headers: await admin(),
        body: { name: 'Renamed' },
      }),
  ],
  [
    'POST /api/v1/users/:id/deactivate',
    'user.deactivate',
    async () =>
      call(t.app, 'POST', `/api/v1/users/${invitedId}/deactivate`, { headers: await admin() }),
  ],
  [
    'PUT /api/v1/cities/:slug/observations',
    'observation.write',
    async () =>
      call(t.app, 'PUT', '/api/v1/cities/battambang/observations', {
        headers: await admin(),
        body: { entries: [{ series: 'FR_AUDIT', year: 2020, value: 1 }] },
      }),
  ],
  [
    'POST /api/v1/cities/:slug/observations/submit',
    'observation.write',
    async () => {
      const listed = await call(
        t.app,
        'GET',
        '/api/v1/cities/battambang/observations?view=working',
        {
          headers: await admin(),
        },
      );
      observationIds = (listed.body.items as { id: string }[]).map((o) => o.id);
      return call(t.app, 'POST', '/api/v1/cities/battambang/observations/submit', {
        headers: await admin(),
        body: { ids: observationIds },
      });
    },
  ],
  [
    'POST /api/v1/observations/review',
    'observation.approve',
    async () =>
      call(t.app, 'POST', '/api/v1/observations/review', {
        headers: await admin(),
        body: { ids: observationIds, decision: 'approve' },
      }),
  ],
  [
    'POST /api/v1/cities/:slug/imports',
    'observation.import',
    async () => {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/cities/battambang/imports?format=csv&dryRun=false',
        headers: { ...(await admin()), 'content-type': 'text/csv' },
        payload: 'series,year,value\nFR_AUDIT,2021,2\n',
      });
      return { status: res.statusCode, body: res.json() as Record<string, unknown>, res };
    },
  ],
  [
    'PUT /api/v1/cities/:slug/targets',
    'city_target.write',
    async () =>
      call(t.app, 'PUT', '/api/v1/cities/battambang/targets', {
        headers: await admin(),
        body: { series: 'FR_AUDIT', targetValue: 10, targetYear: 2030 },
      }),
  ],
  [
    'PATCH /api/v1/cities/:slug',
    'city.update',
    async () =>
      call(t.app, 'PATCH', '/api/v1/cities/battambang', {
        headers: await admin(),
        body: { priorityGoals: [6] },
      }),
  ],
];

const latestEntries = async (n: number) => {
  const res = await call(t.app, 'GET', `/api/v1/audit?limit=${n}`, { headers: await admin() });
  return res.body as {
    total: number;
    items: { action: string; requestId: string; actor: { kind: string } }[];
  };
};

describe('the audit trail', () => {
  it('has a successful call for every route that changes data', () => {
    expect([...unsafeRoutes].sort()).toEqual(WRITES.map(([route]) => route).sort());
  });

  it('records one entry with who, what and the request id for every write', async () => {
    for (const [route, action, run] of WRITES) {
      const before = (await latestEntries(1)).total;
      const res = await run();
      expect(res.status, `${route}: ${JSON.stringify(res.body)}`).toBeLessThan(300);
      const after = await latestEntries(1);
      expect(after.total, route).toBe(before + 1);
      expect(after.items[0], route).toMatchObject({
        action,
        requestId: res.res.headers['x-request-id'],
      });
      // Asking for a reset link is the one write by nobody in particular.
      if (action !== 'password_reset.request')
        expect(after.items[0]?.actor.kind, route).not.toBe('anonymous');
    }
  });

  it('never records a secret', async () => {
    const rows = await t.handle.db
      .selectFrom('audit_entry')
      .select(['before_json', 'after_json'])
      .execute();
    const text = JSON.stringify(rows);
    expect(text).not.toMatch(/argon2|fr_[A-Za-z0-9_-]{43}|hash/i);
    expect(text).not.toContain(PASSWORD);
  });

  it('writes the change and its entry in one transaction: no entry, no change', async () => {
    if (t.handle.dialect === 'postgres') {
      await sql`create function refuse_insert() returns trigger language plpgsql as $$
        begin raise exception 'audit unavailable'; end; $$`.execute(t.handle.db);
      await sql`create trigger refuse_audit before insert on audit_entry for each row execute function refuse_insert()`.execute(
        t.handle.db,
      );
    } else {
      await sql`create trigger refuse_audit before insert on audit_entry begin select raise(abort, 'audit unavailable'); end`.execute(
        t.handle.db,
      );
    }
    const res = await call(t.app, 'PATCH', '/api/v1/cities/battambang', {
      headers: await admin(),
      body: { priorityGoals: [1, 2] },
    });
    expect(res.status).toBe(500);
    const city = await call(t.app, 'GET', '/api/v1/cities/battambang');
    expect(city.body.priorityGoals).toEqual([6]);
    await sql`drop trigger refuse_audit${sql.raw(t.handle.dialect === 'postgres' ? ' on audit_entry' : '')}`.execute(
      t.handle.db,
    );
  });

  it('signs in a session whose headers still work after all this', async () => {
    const res = await call(t.app, 'POST', '/api/v1/session', {
      body: { email: 'admin@example.org', password: PASSWORD },
    });
    expect(
      (await call(t.app, 'GET', '/api/v1/audit?entity=session', { headers: headersFrom(res.res) }))
        .status,
    ).toBe(200);
  });
});
