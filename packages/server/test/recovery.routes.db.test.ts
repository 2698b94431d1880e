import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAccountsApp, call, headersFrom, PASSWORD } from './accounts-fixtures';

let t: Awaited<ReturnType<typeof buildAccountsApp>>;
let admin: Record<string, string>;
const NEW_PASSWORD = 'a brand new passphrase';

beforeAll(async () => {
  t = await buildAccountsApp();
  const secretariat = await t.createUser([{ role: 'secretariat' }], 'admin@example.org');
  admin = await t.sessionHeaders(secretariat.id);
});
afterAll(async () => t.close());

const signIn = (email: string, password: string) =>
  call(t.app, 'POST', '/api/v1/session', { body: { email, password } });

describe('password reset', () => {
  it('answers 202 for a known and an unknown email, and emails a link only to the known one', async () => {
    await t.createUser([], 'forgetful@example.org');
    const before = t.mailer.messages.length;
    const known = await call(t.app, 'POST', '/api/v1/password-reset', {
      body: { email: 'Forgetful@example.org' },
    });
    const unknown = await call(t.app, 'POST', '/api/v1/password-reset', {
      body: { email: 'nobody@example.org' },
    });
    expect([known.status, unknown.status]).toEqual([202, 202]);
    expect(known.body).toEqual(unknown.body);
    expect(t.mailer.messages.length).toBe(before + 1);
    expect(t.mailer.messages.at(-1)?.text).toContain(
      'https://frontrunner.test/reset-password#token=',
    );
  });

  it('sets a new password once, ends every session, and the old password stops working', async () => {
    const session = headersFrom((await signIn('forgetful@example.org', PASSWORD)).res);
    const token = t.mailer.lastToken('forgetful@example.org');
    const ok = await call(t.app, 'POST', '/api/v1/password-reset/confirm', {
      body: { token, password: NEW_PASSWORD },
    });
    expect(ok.status).toBe(204);
    expect(
      (await call(t.app, 'GET', '/api/v1/session', { headers: session })).body.authenticated,
    ).toBe(false);
    expect((await signIn('forgetful@example.org', PASSWORD)).status).toBe(401);
    expect((await signIn('forgetful@example.org', NEW_PASSWORD)).status).toBe(200);
    const again = await call(t.app, 'POST', '/api/v1/password-reset/confirm', {
      body: { token, password: NEW_PASSWORD },
    });
    expect(again.status).toBe(400);
    expect(again.body.error).toMatchObject({ details: [{ field: 'token' }] });
  });

  it('refuses an expired link, and a link superseded by a newer one', async () => {
    await call(t.app, 'POST', '/api/v1/password-reset', {
      body: { email: 'forgetful@example.org' },
    });
    const first = t.mailer.lastToken('forgetful@example.org');
    await call(t.app, 'POST', '/api/v1/password-reset', {
      body: { email: 'forgetful@example.org' },
    });
    const second = t.mailer.lastToken('forgetful@example.org');
    const superseded = await call(t.app, 'POST', '/api/v1/password-reset/confirm', {
      body: { token: first, password: NEW_PASSWORD },
    });
    expect(superseded.status).toBe(400);
    t.clock.advance(60 * 60_000 + 1);
    const expired = await call(t.app, 'POST', '/api/v1/password-reset/confirm', {
      body: { token: second, password: NEW_PASSWORD },
    });
    expect(expired.status).toBe(400);
  });

  it('refuses a short password and the email as password, and keeps the link usable', async () => {
    await call(t.app, 'POST', '/api/v1/password-reset', {
      body: { email: 'forgetful@example.org' },
    });
    const token = t.mailer.lastToken('forgetful@example.org');
    const short = await call(t.app, 'POST', '/api/v1/password-reset/confirm', {
      body: { token, password: 'short' },
    });
    expect(short.status).toBe(400);
    const email = await call(t.app, 'POST', '/api/v1/password-reset/confirm', {
      body: { token, password: 'Forgetful@Example.org' },
    });
    expect(email.body.error).toMatchObject({
      details: [{ field: 'password', message: 'must not be your email address' }],
    });
    expect(
      (
        await call(t.app, 'POST', '/api/v1/password-reset/confirm', {
          body: { token, password: NEW_PASSWORD },
        })
      ).status,
    ).toBe(204);
  });
});

describe('invitations', () => {
  it('invites a user who accepts once, is signed in, and holds the roles given', async () => {
    const invited = await call(t.app, 'POST', '/api/v1/users', {
      headers: admin,
      body: {
        email: 'New.Editor@example.org',
        name: 'New Editor',
        assignments: [{ role: 'city_editor', city: 'siem-reap' }],
      },
    });
    expect(invited.status).toBe(201);
    expect(invited.body).toMatchObject({ email: 'new.editor@example.org', status: 'invited' });
    expect((await signIn('new.editor@example.org', NEW_PASSWORD)).status).toBe(401);
    const token = t.mailer.lastToken('new.editor@example.org');
    expect(t.mailer.messages.at(-1)?.text).toContain(
      'https://frontrunner.test/accept-invitation#token=',
    );
    const accepted = await call(t.app, 'POST', '/api/v1/invitations/accept', {
      body: { token, password: NEW_PASSWORD, name: 'Sokha' },
    });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({
      authenticated: true,
      user: {
        name: 'Sokha',
        status: 'active',
        assignments: [{ role: 'city_editor', city: { slug: 'siem-reap' } }],
      },
    });
    const me = await call(t.app, 'GET', '/api/v1/account', { headers: headersFrom(accepted.res) });
    expect(me.body.email).toBe('new.editor@example.org');
    const twice = await call(t.app, 'POST', '/api/v1/invitations/accept', {
      body: { token, password: NEW_PASSWORD },
    });
    expect(twice.status).toBe(400);
  });

  it('refuses an invitation after 7 days', async () => {
    await call(t.app, 'POST', '/api/v1/users', {
      headers: admin,
      body: { email: 'late@example.org', name: 'Late', assignments: [] },
    });
    const token = t.mailer.lastToken('late@example.org');
    t.clock.advance(7 * 24 * 3_600_000 + 1);
    expect(
      (
        await call(t.app, 'POST', '/api/v1/invitations/accept', {
          body: { token, password: NEW_PASSWORD },
        })
      ).status,
    ).toBe(400);
  });

  it('answers 409 when inviting an email that has an account, whatever its case', async () => {
    const secretariat = await t.createUser([{ role: 'secretariat' }], 'admin2@example.org');
    const res = await call(t.app, 'POST', '/api/v1/users', {
      headers: await t.sessionHeaders(secretariat.id),
      body: { email: 'ADMIN@example.org', name: 'Again', assignments: [] },
    });
    expect(res.status).toBe(409);
  });
});
