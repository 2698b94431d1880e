import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAccountsApp, call, headersFrom, PASSWORD, setCookies } from './accounts-fixtures';

let t: Awaited<ReturnType<typeof buildAccountsApp>>;
const HOUR = 3_600_000;

beforeAll(async () => {
  t = await buildAccountsApp();
});
afterAll(async () => t.close());

const signIn = (
  email: string,
  password = PASSWORD,
  extra: { headers?: Record<string, string>; remoteAddress?: string } = {},
) => call(t.app, 'POST', '/api/v1/session', { body: { email, password }, ...extra });

describe('sign-in and sessions', () => {
  it('signs in with any case of the email, sets HttpOnly SameSite=Lax cookies, and says who I am', async () => {
    const user = await t.createUser(
      [{ role: 'city_editor', city: 'phnom-penh' }],
      'editor@example.org',
    );
    const res = await signIn('Editor@Example.ORG');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ authenticated: true, via: 'session', demo: false });
    expect((res.body.user as { id: string }).id).toBe(user.id);
    expect(JSON.stringify(res.body)).not.toMatch(/argon2|password_?hash|token_?hash/i);
    const cookies = setCookies(res.res);
    expect(cookies.get('fr_session')?.raw).toMatch(/HttpOnly/);
    expect(cookies.get('fr_session')?.raw).toMatch(/SameSite=Lax/);
    expect(cookies.get('fr_session')?.raw).not.toMatch(/Secure/);
    expect(cookies.get('fr_csrf')?.raw).not.toMatch(/HttpOnly/);
    expect(cookies.get('fr_csrf')?.value).toBe(res.body.csrfToken);
    const me = await call(t.app, 'GET', '/api/v1/session', { headers: headersFrom(res.res) });
    expect(me.body).toMatchObject({ authenticated: true, user: { email: 'editor@example.org' } });
    expect(me.body.actions).toEqual(expect.arrayContaining(['city.update', 'token.create']));
    expect(me.body.actions).not.toContain('user.invite');
    // It carries the CSRF token: never cached, and never compressed, though over the threshold.
    const asked = await t.app.inject({
      method: 'GET',
      url: '/api/v1/session',
      headers: { ...headersFrom(res.res), 'accept-encoding': 'br, gzip' },
    });
    expect(asked.headers['cache-control']).toBe('no-store');
    expect(asked.headers['content-encoding']).toBeUndefined();
    expect(asked.rawPayload.length).toBeGreaterThan(1024);
    expect(asked.json()).toMatchObject({ csrfToken: res.body.csrfToken });
  });

  it('answers an unknown email and a wrong password alike', async () => {
    const unknown = await signIn('nobody@example.org', 'whatever-password', {
      remoteAddress: '10.0.0.1',
    });
    const wrong = await signIn('editor@example.org', 'wrong password!!', {
      remoteAddress: '10.0.0.2',
    });
    expect(unknown.status).toBe(401);
    expect(wrong.status).toBe(401);
    expect(unknown.body.error).toMatchObject({
      code: 'UNAUTHENTICATED',
      message: (wrong.body.error as { message: string }).message,
    });
  });

  it('rotates the session at sign-in: the session the browser had ends', async () => {
    const first = await signIn('editor@example.org');
    const second = await signIn('editor@example.org', PASSWORD, {
      headers: headersFrom(first.res),
    });
    expect(setCookies(second.res).get('fr_session')?.value).not.toBe(
      setCookies(first.res).get('fr_session')?.value,
    );
    const old = await call(t.app, 'GET', '/api/v1/session', { headers: headersFrom(first.res) });
    expect(old.body.authenticated).toBe(false);
    expect(setCookies(old.res).get('fr_session')?.raw).toMatch(/Expires=Thu, 01 Jan 1970/);
  });

  it('ends a session after 12 idle hours, and use extends it (written at most once a minute)', async () => {
    const res = await signIn('editor@example.org');
    const headers = headersFrom(res.res);
    const me = () => call(t.app, 'GET', '/api/v1/session', { headers });
    t.clock.advance(30_000);
    expect((await me()).body.expiresAt).toBe(res.body.expiresAt); // within the minute: not written
    t.clock.advance(11 * HOUR);
    const extended = await me();
    expect(extended.body.authenticated).toBe(true);
    expect(Date.parse(String(extended.body.expiresAt))).toBeGreaterThan(
      Date.parse(String(res.body.expiresAt)),
    );
    t.clock.advance(12 * HOUR + 1);
    expect((await me()).body.authenticated).toBe(false);
  });

  it('ends a session 7 days after sign-in however much it is used', async () => {
    const headers = headersFrom((await signIn('editor@example.org')).res);
    for (let day = 0; day < 6; day++) {
      t.clock.advance(11 * HOUR);
      expect((await call(t.app, 'GET', '/api/v1/session', { headers })).body.authenticated).toBe(
        true,
      );
      t.clock.advance(11 * HOUR);
      expect((await call(t.app, 'GET', '/api/v1/session', { headers })).body.authenticated).toBe(
        true,
      );
    }
    t.clock.advance(36 * HOUR);
    expect((await call(t.app, 'GET', '/api/v1/session', { headers })).body.authenticated).toBe(
      false,
    );
  });

  it('signs out of this browser, and out of every browser', async () => {
    const a = headersFrom((await signIn('editor@example.org')).res);
    const b = headersFrom((await signIn('editor@example.org')).res);
    const c = headersFrom((await signIn('editor@example.org')).res);
    expect((await call(t.app, 'DELETE', '/api/v1/session', { headers: a })).status).toBe(204);
    expect((await call(t.app, 'GET', '/api/v1/session', { headers: a })).body.authenticated).toBe(
      false,
    );
    expect((await call(t.app, 'GET', '/api/v1/session', { headers: b })).body.authenticated).toBe(
      true,
    );
    const everywhere = await call(t.app, 'POST', '/api/v1/session/sign-out-everywhere', {
      headers: b,
    });
    expect(everywhere.status).toBe(200);
    expect(everywhere.body.sessionsEnded).toBeGreaterThanOrEqual(2);
    expect((await call(t.app, 'GET', '/api/v1/session', { headers: b })).body.authenticated).toBe(
      false,
    );
    expect((await call(t.app, 'GET', '/api/v1/session', { headers: c })).body.authenticated).toBe(
      false,
    );
  });
});

describe('CSRF defence of cookie sessions', () => {
  it('refuses an unsafe request with the session cookie but without the matching x-csrf-token', async () => {
    const headers = headersFrom((await signIn('editor@example.org')).res);
    const body = { priorityGoals: [6] };
    const none = await call(t.app, 'PATCH', '/api/v1/cities/phnom-penh', {
      headers: { cookie: headers.cookie! },
      body,
    });
    expect(none.status).toBe(403);
    expect(none.body.error).toMatchObject({ code: 'CSRF_FAILED' });
    const wrong = await call(t.app, 'PATCH', '/api/v1/cities/phnom-penh', {
      headers: { ...headers, 'x-csrf-token': 'x'.repeat(43) },
      body,
    });
    expect(wrong.status).toBe(403);
    const ok = await call(t.app, 'PATCH', '/api/v1/cities/phnom-penh', { headers, body });
    expect(ok.status).toBe(200);
  });

  it('refuses a sign-in posted by a cross-site form (no JSON body), against login CSRF', async () => {
    const payload = JSON.stringify({ email: 'editor@example.org', password: PASSWORD });
    for (const type of ['text/plain', 'application/x-www-form-urlencoded']) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/session',
        headers: { 'content-type': type },
        payload,
      });
      expect([400, 415], type).toContain(res.statusCode);
    }
  });

  it('does not accept the CSRF token of another session (it is bound to the session)', async () => {
    const mine = headersFrom((await signIn('editor@example.org')).res);
    const other = headersFrom((await signIn('editor@example.org')).res);
    const res = await call(t.app, 'PATCH', '/api/v1/cities/phnom-penh', {
      headers: { cookie: mine.cookie!, 'x-csrf-token': other['x-csrf-token']! },
      body: { priorityGoals: [6] },
    });
    expect(res.status).toBe(403);
  });

  it('needs no CSRF token for a bearer token, which a browser never sends on its own', async () => {
    const headers = headersFrom((await signIn('editor@example.org')).res);
    const created = await call(t.app, 'POST', '/api/v1/account/tokens', {
      headers,
      body: { name: 'script' },
    });
    const res = await call(t.app, 'PATCH', '/api/v1/cities/phnom-penh', {
      headers: { authorization: `Bearer ${String(created.body.token)}` },
      body: { priorityGoals: [6, 11] },
    });
    expect(res.status).toBe(200);
  });
});

describe('sign-in lockout and rate limit', () => {
  it('locks an email after 5 failures, whichever address they come from, and unlocks after a while', async () => {
    await t.createUser([], 'target@example.org');
    for (let i = 0; i < 5; i++)
      expect(
        (await signIn('target@example.org', 'wrong-password-x', { remoteAddress: `10.1.0.${i}` }))
          .status,
      ).toBe(401);
    const locked = await signIn('target@example.org', PASSWORD, { remoteAddress: '10.1.1.1' });
    expect(locked.status).toBe(429);
    expect(locked.body.error).toMatchObject({ code: 'RATE_LIMITED' });
    expect(Number(locked.res.headers['retry-after'])).toBeGreaterThan(0);
    t.clock.advance(61_000);
    expect(
      (await signIn('target@example.org', PASSWORD, { remoteAddress: '10.1.1.1' })).status,
    ).toBe(200);
  });

  it('locks longer with each further failure (progressive)', async () => {
    await t.createUser([], 'again@example.org');
    for (let i = 0; i < 5; i++)
      await signIn('again@example.org', 'wrong-password-x', { remoteAddress: '10.2.0.1' });
    t.clock.advance(61_000);
    await signIn('again@example.org', 'wrong-password-x', { remoteAddress: '10.2.0.1' });
    const locked = await signIn('again@example.org', PASSWORD, { remoteAddress: '10.2.0.1' });
    expect(Number(locked.res.headers['retry-after'])).toBeGreaterThan(60);
  });

  it('locks unknown emails the same way, so a lockout reveals nothing', async () => {
    for (let i = 0; i < 5; i++)
      await signIn('ghost@example.org', 'wrong-password-x', { remoteAddress: '10.3.0.1' });
    expect(
      (await signIn('ghost@example.org', 'wrong-password-x', { remoteAddress: '10.3.0.1' })).status,
    ).toBe(429);
  });

  it('locks an address after 20 failures across emails', async () => {
    for (let i = 0; i < 20; i++)
      await signIn(`spray${i}@example.org`, 'wrong-password-x', { remoteAddress: '10.4.0.1' });
    expect(
      (await signIn('editor@example.org', PASSWORD, { remoteAddress: '10.4.0.1' })).status,
    ).toBe(429);
    expect(
      (await signIn('editor@example.org', PASSWORD, { remoteAddress: '10.4.0.2' })).status,
    ).toBe(200);
  });

  it('rate-limits sign-in requests per address before any password is checked', async () => {
    const limited = await buildAccountsApp({ authRateLimit: 3, secureCookies: true });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++)
        statuses.push(
          (
            await call(limited.app, 'POST', '/api/v1/session', {
              body: { email: 'a@b.c', password: 'x' },
            })
          ).status,
        );
      expect(statuses).toEqual([401, 401, 401, 429]);
      await limited.createUser([], 'secure@example.org');
      const ok = await call(limited.app, 'POST', '/api/v1/session', {
        body: { email: 'secure@example.org', password: PASSWORD },
        remoteAddress: '10.9.9.9',
      });
      expect(setCookies(ok.res).get('fr_session')?.raw).toMatch(/Secure/);
    } finally {
      await limited.close();
    }
  });
});
