import { geoRepository } from '@frontrunner/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAccountsApp, call } from './accounts-fixtures';

/**
 * Pairing requests (issue 9): a city editor asks a frontrunner city to mentor it, the mentor
 * city answers, the asking city may withdraw, and only those concerned use the thread.
 */
let t: Awaited<ReturnType<typeof buildAccountsApp>>;
type Headers = () => Promise<Record<string, string>>;
const as: Record<
  | 'menteeEditor'
  | 'menteeViewer'
  | 'mentorEditor'
  | 'mentorFocalPoint'
  | 'menteeFocalPoint'
  | 'otherEditor'
  | 'admin',
  Headers
> = {} as never;
const anonymous: Headers = async () => ({});

beforeAll(async () => {
  t = await buildAccountsApp();
  // Battambang (KHM) learns from Bangkok and Chiang Mai (THA), both frontrunners.
  for (const slug of ['bangkok', 'chiang-mai']) {
    const city = await t.city(slug);
    await geoRepository.updateCityProgramme(t.handle.db, city.id, { stage: 'frontrunner' });
  }
  const users = {
    menteeEditor: [{ role: 'city_editor', city: 'battambang' }],
    menteeViewer: [{ role: 'city_viewer', city: 'battambang' }],
    mentorEditor: [{ role: 'city_editor', city: 'bangkok' }],
    mentorFocalPoint: [{ role: 'focal_point', country: 'THA' }],
    menteeFocalPoint: [{ role: 'focal_point', country: 'KHM' }],
    otherEditor: [{ role: 'city_editor', city: 'vientiane' }],
    admin: [{ role: 'secretariat' }],
  } as const;
  for (const [name, assignments] of Object.entries(users)) {
    const user = await t.createUser([...assignments]);
    as[name as keyof typeof as] = () => t.sessionHeaders(user.id);
  }
});
afterAll(async () => t.close());

const ask = async (headers: Headers, body: Record<string, unknown>, city = 'battambang') =>
  call(t.app, 'POST', `/api/v1/cities/${city}/pairing-requests`, {
    headers: await headers(),
    body: { kind: 'mentoring', message: 'We would like to learn about waste banks.', ...body },
  });
const decide = async (headers: Headers, id: string, body: Record<string, unknown>) =>
  call(t.app, 'POST', `/api/v1/pairings/${id}/decision`, { headers: await headers(), body });
const withdraw = async (headers: Headers, id: string) =>
  call(t.app, 'POST', `/api/v1/pairings/${id}/withdraw`, { headers: await headers(), body: {} });
const thread = async (headers: Headers, id: string) =>
  call(t.app, 'GET', `/api/v1/pairings/${id}/messages`, { headers: await headers() });
const post = async (headers: Headers, id: string, body: string) =>
  call(t.app, 'POST', `/api/v1/pairings/${id}/messages`, {
    headers: await headers(),
    body: { body },
  });
const auditActions = async (id: string) =>
  (
    await t.handle.db
      .selectFrom('audit_entry')
      .select(['action', 'occurred_at'])
      .where('entity_id', '=', id)
      .orderBy('occurred_at')
      .execute()
  ).map((r) => r.action);

describe('pairing requests', () => {
  it('lets a city editor ask a suggested mentor, who is linked by slug', async () => {
    const mentors = await call(t.app, 'GET', '/api/v1/cities/battambang/mentors');
    const items = mentors.body.items as { city: { slug: string; country: string } }[];
    expect(items.map((i) => i.city.slug)).toEqual(expect.arrayContaining(['bangkok']));
    expect(items.find((i) => i.city.slug === 'bangkok')?.city.country).toBe('THA');

    const res = await ask(as.menteeEditor, { mentor: 'bangkok' });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({
      status: 'proposed',
      mentor: { slug: 'bangkok' },
      mentee: { slug: 'battambang' },
      request: { status: 'requested', reason: null },
    });
    const id = res.body.id as string;
    const messages = await thread(as.mentorEditor, id);
    expect((messages.body as unknown as { body: string }[]).map((m) => m.body)).toEqual([
      'We would like to learn about waste banks.',
    ]);
    expect(await auditActions(id)).toEqual(['pairing.request']);
  });

  it('refuses a second open request between the same two cities with 409', async () => {
    const again = await ask(as.menteeEditor, { mentor: 'bangkok', kind: 'study_visit' });
    expect(again.status).toBe(409);
    expect((again.body.error as { message: string }).message).toMatch(
      /Battambang and Bangkok already have an open request/,
    );
  });

  it('refuses requests for another city, a missing message or a mentor that is not a frontrunner', async () => {
    expect((await ask(as.otherEditor, { mentor: 'chiang-mai' })).status).toBe(403);
    expect((await ask(as.mentorEditor, { mentor: 'chiang-mai' })).status).toBe(403);
    expect((await ask(anonymous, { mentor: 'chiang-mai' })).status).toBe(401);
    const empty = await ask(as.menteeEditor, { mentor: 'chiang-mai', message: '   ' });
    expect(empty.status).toBe(400);
    expect(JSON.stringify(empty.body)).toContain('message');
    const notMentor = await ask(as.menteeEditor, { mentor: 'vientiane' });
    expect(notMentor.status).toBe(400);
    expect(JSON.stringify(notMentor.body)).toContain('mentor');
    expect((await ask(as.menteeEditor, { mentor: 'atlantis' })).status).toBe(400);
  });

  it('hides an open request from the public and shows it to both cities', async () => {
    const publicList = await call(t.app, 'GET', '/api/v1/pairings?city=battambang');
    expect(publicList.body).toEqual([]);
    const mentorList = await call(t.app, 'GET', '/api/v1/pairings?city=bangkok', {
      headers: await as.mentorEditor(),
    });
    const [request] = mentorList.body as unknown as { id: string }[];
    expect(request).toBeDefined();
    expect((await call(t.app, 'GET', `/api/v1/pairings/${request!.id}`)).status).toBe(404);
    const asFocal = await call(t.app, 'GET', `/api/v1/pairings/${request!.id}`, {
      headers: await as.mentorFocalPoint(),
    });
    expect(asFocal.status).toBe(200);
  });

  it('lets only the mentor city accept, then the pairing is active and public', async () => {
    const [open] = (
      await call(t.app, 'GET', '/api/v1/pairings?city=battambang', {
        headers: await as.menteeEditor(),
      })
    ).body as unknown as { id: string }[];
    const id = open!.id;
    expect((await decide(as.menteeEditor, id, { decision: 'accept' })).status).toBe(403);
    expect((await decide(as.otherEditor, id, { decision: 'accept' })).status).toBe(403);
    expect((await decide(as.menteeFocalPoint, id, { decision: 'accept' })).status).toBe(403);
    expect((await decide(anonymous, id, { decision: 'accept' })).status).toBe(401);
    t.clock.advance(1000);
    const accepted = await decide(as.mentorEditor, id, { decision: 'accept' });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ status: 'active', request: { status: 'accepted' } });
    expect((await decide(as.mentorEditor, id, { decision: 'accept' })).status).toBe(409);
    expect((await withdraw(as.menteeEditor, id)).status).toBe(409);
    const publicList = await call(t.app, 'GET', '/api/v1/pairings?city=battambang');
    expect((publicList.body as unknown as { id: string }[]).map((p) => p.id)).toEqual([id]);
    expect(await auditActions(id)).toEqual(['pairing.request', 'pairing.accept']);
  });

  it('keeps the thread to both cities’ teams and the secretariat; focal points read', async () => {
    const [pairing] = (await call(t.app, 'GET', '/api/v1/pairings?city=battambang'))
      .body as unknown as { id: string }[];
    const id = pairing!.id;
    t.clock.advance(1000);
    expect((await post(as.mentorEditor, id, 'Happy to help: visit in May?')).status).toBe(201);
    t.clock.advance(1000);
    expect((await post(as.menteeEditor, id, 'May suits us.')).status).toBe(201);
    t.clock.advance(1000);
    expect((await post(as.admin, id, 'The secretariat can fund the visit.')).status).toBe(201);
    expect((await post(as.otherEditor, id, 'Me too')).status).toBe(403);
    expect((await post(as.mentorFocalPoint, id, 'Hello')).status).toBe(403);
    expect((await post(anonymous, id, 'Hello')).status).toBe(401);
    expect((await thread(as.otherEditor, id)).status).toBe(403);
    expect((await thread(anonymous, id)).status).toBe(401);
    const read = await thread(as.menteeFocalPoint, id);
    expect(read.status).toBe(200);
    const messages = read.body as unknown as { authorSide: string; authorName: string }[];
    expect(messages.map((m) => m.authorSide)).toEqual([
      'mentee',
      'mentor',
      'mentee',
      'secretariat',
    ]);
    expect(messages[1]?.authorName).toMatch(/@example\.org$/);
    expect((await thread(as.menteeViewer, id)).status).toBe(200);
  });

  it('needs a reason to decline, and lets the focal point of the mentor’s country decline', async () => {
    const res = await ask(as.menteeEditor, { mentor: 'chiang-mai', kind: 'exchange' });
    expect(res.status).toBe(201);
    const id = res.body.id as string;
    const noReason = await decide(as.mentorFocalPoint, id, { decision: 'decline' });
    expect(noReason.status).toBe(400);
    expect(JSON.stringify(noReason.body)).toContain('reason');
    const blank = await decide(as.mentorFocalPoint, id, { decision: 'decline', reason: '  ' });
    expect(blank.status).toBe(400);
    const declined = await decide(as.mentorFocalPoint, id, {
      decision: 'decline',
      reason: 'Our team is busy until next year.',
    });
    expect(declined.status).toBe(200);
    expect(declined.body).toMatchObject({
      status: 'closed',
      request: { status: 'declined', reason: 'Our team is busy until next year.' },
    });
    expect((await post(as.menteeEditor, id, 'Next year then?')).status).toBe(409);
    expect(await auditActions(id)).toEqual(['pairing.request', 'pairing.decline']);
  });

  it('lets the asking city withdraw an open request, and then ask again', async () => {
    const res = await ask(as.menteeEditor, { mentor: 'chiang-mai' });
    expect(res.status).toBe(201);
    const id = res.body.id as string;
    expect((await withdraw(as.mentorEditor, id)).status).toBe(403);
    expect((await withdraw(anonymous, id)).status).toBe(401);
    const withdrawn = await withdraw(as.menteeEditor, id);
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body).toMatchObject({ status: 'closed', request: { status: 'withdrawn' } });
    expect((await decide(as.admin, id, { decision: 'accept' })).status).toBe(409);
    expect(await auditActions(id)).toEqual(['pairing.request', 'pairing.withdraw']);
    expect((await ask(as.menteeEditor, { mentor: 'chiang-mai' })).status).toBe(201);
    expect((await withdraw(as.menteeEditor, '00000000-0000-4000-8000-000000000009')).status).toBe(
      404,
    );
  });
});
