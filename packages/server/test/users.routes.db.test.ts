import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAccountsApp, call, PASSWORD } from './accounts-fixtures';

let t: Awaited<ReturnType<typeof buildAccountsApp>>;
let adminId: string;
let admin: Record<string, string>;

beforeAll(async () => {
  t = await buildAccountsApp();
  adminId = (await t.createUser([{ role: 'secretariat' }], 'admin@example.org')).id;
  admin = await t.sessionHeaders(adminId);
});
afterAll(async () => t.close());

describe('user management by the secretariat', () => {
  it('lists users with their roles, searchable, and never a password hash', async () => {
    await t.createUser([{ role: 'focal_point', country: 'LAO' }], 'fp.lao@example.org');
    const res = await call(t.app, 'GET', '/api/v1/users?q=lao', { headers: admin });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      total: 1,
      items: [
        {
          email: 'fp.lao@example.org',
          assignments: [{ role: 'focal_point', country: 'LAO', city: null }],
        },
      ],
    });
    expect(JSON.stringify(res.body)).not.toMatch(/argon2|password/i);
  });

  it('replaces role assignments, and explains every bad one', async () => {
    const user = await t.createUser([], 'reviewer@example.org');
    const ok = await call(t.app, 'PATCH', `/api/v1/users/${user.id}`, {
      headers: admin,
      body: {
        assignments: [
          { role: 'reviewer', city: 'siem-reap' },
          { role: 'reviewer', city: 'battambang' },
          { role: 'reviewer', city: 'siem-reap' },
        ],
      },
    });
    expect(ok.status).toBe(200);
    expect(
      (ok.body.assignments as { city: { slug: string } }[]).map((a) => a.city.slug).sort(),
    ).toEqual(['battambang', 'siem-reap']);
    const bad = await call(t.app, 'PATCH', `/api/v1/users/${user.id}`, {
      headers: admin,
      body: {
        assignments: [
          { role: 'focal_point' },
          { role: 'city_editor', city: 'atlantis' },
          { role: 'secretariat', country: 'KHM' },
        ],
      },
    });
    expect(bad.status).toBe(400);
    expect(
      (bad.body.error as { details: { field: string }[] }).details.map((d) => d.field),
    ).toEqual(['assignments[0]', 'assignments[1].city', 'assignments[2]']);
  });

  it('deactivates a user: sign-in, sessions and API tokens stop working', async () => {
    const user = await t.createUser(
      [{ role: 'city_editor', city: 'vientiane' }],
      'leaving@example.org',
    );
    const session = await t.sessionHeaders(user.id);
    const token = (
      await call(t.app, 'POST', '/api/v1/account/tokens', { headers: session, body: { name: 'x' } })
    ).body.token as string;
    const res = await call(t.app, 'POST', `/api/v1/users/${user.id}/deactivate`, {
      headers: admin,
    });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('deactivated');
    expect(
      (await call(t.app, 'GET', '/api/v1/session', { headers: session })).body.authenticated,
    ).toBe(false);
    expect(
      (
        await call(t.app, 'GET', '/api/v1/account', {
          headers: { authorization: `Bearer ${token}` },
        })
      ).status,
    ).toBe(401);
    const signIn = await call(t.app, 'POST', '/api/v1/session', {
      body: { email: 'leaving@example.org', password: PASSWORD },
    });
    expect(signIn.status).toBe(401);
  });

  it('keeps at least one active secretariat user', async () => {
    const res = await call(t.app, 'PATCH', `/api/v1/users/${adminId}`, {
      headers: admin,
      body: { assignments: [] },
    });
    expect(res.status).toBe(409);
    const deactivate = await call(t.app, 'POST', `/api/v1/users/${adminId}/deactivate`, {
      headers: admin,
    });
    expect(deactivate.status).toBe(409);
  });

  it('answers 404 for an unknown user', async () => {
    const res = await call(t.app, 'PATCH', '/api/v1/users/00000000-0000-4000-8000-000000000000', {
      headers: admin,
      body: { name: 'x' },
    });
    expect(res.status).toBe(404);
  });
});

describe('editing a city’s programme fields', () => {
  it('lets a city editor change the priority goals of their city, but not its stage', async () => {
    const user = await t.createUser([{ role: 'city_editor', city: 'phnom-penh' }]);
    const headers = await t.sessionHeaders(user.id);
    const goals = await call(t.app, 'PATCH', '/api/v1/cities/phnom-penh', {
      headers,
      body: { priorityGoals: [11, 6, 11] },
    });
    expect(goals.status).toBe(200);
    expect(goals.body.priorityGoals).toEqual([6, 11]);
    const stage = await call(t.app, 'PATCH', '/api/v1/cities/phnom-penh', {
      headers,
      body: { stage: 'frontrunner' },
    });
    expect(stage.status).toBe(403);
    const unchanged = await call(t.app, 'PATCH', '/api/v1/cities/phnom-penh', {
      headers,
      body: { stage: 'none', priorityGoals: [6, 11, 13] },
    });
    expect(unchanged.status).toBe(200);
    const other = await call(t.app, 'PATCH', '/api/v1/cities/siem-reap', {
      headers,
      body: { priorityGoals: [1] },
    });
    expect(other.status).toBe(403);
  });

  it('lets the secretariat change stage and cohort, and records before and after', async () => {
    const res = await call(t.app, 'PATCH', '/api/v1/cities/phnom-penh', {
      headers: admin,
      body: { stage: 'model_city', cohort: '2025' },
    });
    expect(res.body).toMatchObject({
      stage: 'model_city',
      cohort: '2025',
      priorityGoals: [6, 11, 13],
    });
    const audit = await call(t.app, 'GET', '/api/v1/audit?city=phnom-penh&limit=1', {
      headers: admin,
    });
    expect(audit.body.items).toMatchObject([
      {
        action: 'city.update',
        actor: { kind: 'user', id: adminId },
        city: 'phnom-penh',
        country: 'KHM',
        before: { stage: 'none', cohort: null },
        after: { stage: 'model_city', cohort: '2025' },
      },
    ]);
  });
});

describe('reading the audit trail', () => {
  it('shows a focal point their country’s cities only', async () => {
    const laoCity = await call(t.app, 'PATCH', '/api/v1/cities/vientiane', {
      headers: admin,
      body: { cohort: 'L1' },
    });
    expect(laoCity.status).toBe(200);
    const fp = await t.createUser([{ role: 'focal_point', country: 'KHM' }]);
    const headers = await t.sessionHeaders(fp.id);
    const mine = await call(t.app, 'GET', '/api/v1/audit', { headers });
    expect(mine.status).toBe(200);
    const items = mine.body.items as { country: string | null }[];
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((i) => i.country === 'KHM')).toBe(true);
    expect((await call(t.app, 'GET', '/api/v1/audit?city=vientiane', { headers })).status).toBe(
      403,
    );
    const all = await call(t.app, 'GET', '/api/v1/audit?entity=user', { headers: admin });
    expect((all.body.items as { entityType: string }[]).every((i) => i.entityType === 'user')).toBe(
      true,
    );
    expect(Number(all.body.total)).toBeGreaterThan(0);
  });

  it('is closed to city editors and the public', async () => {
    const editor = await t.createUser([{ role: 'city_editor', city: 'phnom-penh' }]);
    expect(
      (await call(t.app, 'GET', '/api/v1/audit', { headers: await t.sessionHeaders(editor.id) }))
        .status,
    ).toBe(403);
    expect((await call(t.app, 'GET', '/api/v1/audit')).status).toBe(401);
  });
});
