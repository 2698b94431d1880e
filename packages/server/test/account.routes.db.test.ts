import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAccountsApp, call, PASSWORD } from './accounts-fixtures';

let t: Awaited<ReturnType<typeof buildAccountsApp>>;
let editorId: string;
let editor: Record<string, string>;

beforeAll(async () => {
  t = await buildAccountsApp();
  const user = await t.createUser(
    [
      { role: 'city_editor', city: 'phnom-penh' },
      { role: 'city_viewer', city: 'siem-reap' },
    ],
    'editor@example.org',
  );
  editorId = user.id;
  editor = await t.sessionHeaders(user.id);
});
afterAll(async () => t.close());

const bearer = (token: unknown) => ({ authorization: `Bearer ${String(token)}` });

describe('my account', () => {
  it('shows and changes my name and language', async () => {
    const res = await call(t.app, 'PATCH', '/api/v1/account', {
      headers: editor,
      body: { name: 'Dara', language: 'km' },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ name: 'Dara', language: 'km', email: 'editor@example.org' });
    expect(Object.keys(res.body)).not.toContain('passwordHash');
  });

  it('changes the password only with the current one, and ends my other sessions', async () => {
    const other = await t.sessionHeaders(editorId);
    const wrong = await call(t.app, 'PATCH', '/api/v1/account', {
      headers: editor,
      body: { currentPassword: 'not my password', newPassword: 'another passphrase' },
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error).toMatchObject({ details: [{ field: 'currentPassword' }] });
    const ok = await call(t.app, 'PATCH', '/api/v1/account', {
      headers: editor,
      body: { currentPassword: PASSWORD, newPassword: 'another passphrase' },
    });
    expect(ok.status).toBe(200);
    expect(
      (await call(t.app, 'GET', '/api/v1/session', { headers: editor })).body.authenticated,
    ).toBe(true);
    expect(
      (await call(t.app, 'GET', '/api/v1/session', { headers: other })).body.authenticated,
    ).toBe(false);
    const signIn = await call(t.app, 'POST', '/api/v1/session', {
      body: { email: 'editor@example.org', password: 'another passphrase' },
    });
    expect(signIn.status).toBe(200);
  });

  it('keeps the published password of a demo account', async () => {
    const { seedDemoUsers, DEMO_USERS } = await import('@frontrunner/services');
    await seedDemoUsers(t.deps);
    const res = await call(t.app, 'POST', '/api/v1/session', {
      body: { email: DEMO_USERS[0]!.email, password: 'frontrunner-demo' },
    });
    expect(res.body).toMatchObject({ user: { isDemo: true } });
    const headers = await t.sessionHeaders((res.body.user as { id: string }).id);
    const change = await call(t.app, 'PATCH', '/api/v1/account', {
      headers,
      body: { currentPassword: 'frontrunner-demo', newPassword: 'taken over demo account' },
    });
    expect(change.status).toBe(403);
  });
});

describe('API tokens', () => {
  let token: string;
  let tokenId: string;

  it('creates a token shown once, stored only as a hash, carrying a subset of my assignments', async () => {
    const created = await call(t.app, 'POST', '/api/v1/account/tokens', {
      headers: editor,
      body: { name: 'Nightly import', assignments: [{ role: 'city_editor', city: 'phnom-penh' }] },
    });
    expect(created.status).toBe(201);
    expect(created.res.headers['cache-control']).toBe('no-store');
    token = String(created.body.token);
    tokenId = String(created.body.id);
    expect(token).toMatch(/^fr_[A-Za-z0-9_-]{43}$/);
    expect(created.body).toMatchObject({
      prefix: token.slice(0, 9),
      lastUsedAt: null,
      revokedAt: null,
    });
    const list = await call(t.app, 'GET', '/api/v1/account/tokens', { headers: editor });
    const listed = JSON.stringify(list.body);
    expect(listed).toContain(tokenId);
    expect(listed).not.toContain(token);
    expect(listed).not.toMatch(/hash/i);
    const row = await t.handle.db
      .selectFrom('api_token')
      .selectAll()
      .where('id', '=', tokenId)
      .executeTakeFirstOrThrow();
    expect(row.token_hash).not.toContain(token.slice(3));
    expect(row.token_hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses a token with an assignment I do not hold', async () => {
    const res = await call(t.app, 'POST', '/api/v1/account/tokens', {
      headers: editor,
      body: { name: 'Too much', assignments: [{ role: 'secretariat' }] },
    });
    expect(res.status).toBe(400);
  });

  it('acts with the token’s assignments only, and cannot manage the account', async () => {
    const me = await call(t.app, 'GET', '/api/v1/session', { headers: bearer(token) });
    expect(me.body).toMatchObject({ authenticated: true, via: 'token', csrfToken: null });
    expect((me.body.actions as string[]).includes('token.create')).toBe(false);
    const own = await call(t.app, 'PATCH', '/api/v1/cities/phnom-penh', {
      headers: bearer(token),
      body: { priorityGoals: [3] },
    });
    expect(own.status).toBe(200);
    const mint = await call(t.app, 'POST', '/api/v1/account/tokens', {
      headers: bearer(token),
      body: { name: 'more' },
    });
    expect(mint.status).toBe(403);
    const bad = await call(t.app, 'GET', '/api/v1/session', {
      headers: bearer('fr_not-a-real-token'),
    });
    expect(bad.status).toBe(401);
  });

  it('records the last use at most once a minute', async () => {
    const lastUsed = async () => {
      const list = await call(t.app, 'GET', '/api/v1/account/tokens', { headers: editor });
      return (list.body.items as { id: string; lastUsedAt: string | null }[]).find(
        (i) => i.id === tokenId,
      )?.lastUsedAt;
    };
    const first = await lastUsed();
    expect(first).toBe('2030-01-01T00:00:00.000Z');
    t.clock.advance(30_000);
    await call(t.app, 'GET', '/api/v1/account', { headers: bearer(token) });
    expect(await lastUsed()).toBe(first);
    t.clock.advance(31_000);
    await call(t.app, 'GET', '/api/v1/account', { headers: bearer(token) });
    expect(await lastUsed()).toBe('2030-01-01T00:01:01.000Z');
  });

  it('stops working once revoked', async () => {
    editor = await t.sessionHeaders(editorId);
    expect(
      (await call(t.app, 'DELETE', `/api/v1/account/tokens/${tokenId}`, { headers: editor }))
        .status,
    ).toBe(204);
    expect((await call(t.app, 'GET', '/api/v1/account', { headers: bearer(token) })).status).toBe(
      401,
    );
    const other = await t.createUser([], 'other@example.org');
    const notMine = await call(t.app, 'DELETE', `/api/v1/account/tokens/${tokenId}`, {
      headers: await t.sessionHeaders(other.id),
    });
    expect(notMine.status).toBe(404);
  });

  it('stops working after it expires', async () => {
    const created = await call(t.app, 'POST', '/api/v1/account/tokens', {
      headers: editor,
      body: { name: 'Short-lived', expiresInDays: 1 },
    });
    expect(
      (await call(t.app, 'GET', '/api/v1/account', { headers: bearer(created.body.token) })).status,
    ).toBe(200);
    t.clock.advance(24 * 3_600_000 + 1);
    expect(
      (await call(t.app, 'GET', '/api/v1/account', { headers: bearer(created.body.token) })).status,
    ).toBe(401);
  });
});
