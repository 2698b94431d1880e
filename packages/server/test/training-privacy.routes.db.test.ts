import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAccountsApp, call } from './accounts-fixtures';
import { pdfPages, pdfTitle } from './pdf-fixtures';

/**
 * Participants' names are personal data: the public sees counts (by city, by gender, attendance
 * rate); the secretariat, the focal point of a participant's country and their city's team see
 * their name and may download their certificate of attendance.
 */
let t: Awaited<ReturnType<typeof buildAccountsApp>>;
const users: Record<string, string> = {};
const ids = { training: '', first: '', second: '', planner: '', analyst: '', guest: '' };
const NAMES = ['Ada Planner', 'Bounmy Analyst', 'Chan Guest'];
const hasChromium = existsSync('/usr/bin/chromium');

beforeAll(async () => {
  t = await buildAccountsApp();
  const make = async (name: string, a: Parameters<typeof t.createUser>[0]) => {
    users[name] = (await t.createUser(a)).id;
  };
  await make('secretariat', [{ role: 'secretariat' }]);
  await make('editor PP', [{ role: 'city_editor', city: 'phnom-penh' }]);
  await make('viewer PP', [{ role: 'city_viewer', city: 'phnom-penh' }]);
  await make('focal KHM', [{ role: 'focal_point', country: 'KHM' }]);
  await make('focal LAO', [{ role: 'focal_point', country: 'LAO' }]);
  await make('editor VTE', [{ role: 'city_editor', city: 'vientiane' }]);
  await make('reviewer PP', [{ role: 'reviewer', city: 'phnom-penh' }]);
  const admin = await t.sessionHeaders(users.secretariat!);
  const made = await call(t.app, 'POST', '/api/v1/trainings', {
    headers: admin,
    body: {
      kind: 'training',
      title: 'Data for the SDGs',
      startsOn: '2030-03-01',
      endsOn: '2030-03-02',
      online: true,
      organisers: ['Frontrunner secretariat'],
    },
  });
  ids.training = String(made.body.id);
  const url = `/api/v1/trainings/${ids.training}`;
  for (const [title, day] of [
    ['Day 1', '01'],
    ['Day 2', '02'],
  ] as const)
    await call(t.app, 'POST', `${url}/sessions`, {
      headers: admin,
      body: {
        title,
        startsAt: `2030-03-${day}T09:00:00+07:00`,
        endsAt: `2030-03-${day}T12:00:00+07:00`,
      },
    });
  const registered = await call(t.app, 'POST', `${url}/participants`, {
    headers: admin,
    body: {
      participants: [
        { name: NAMES[0], city: 'phnom-penh', role: 'planning officer', gender: 'female' },
        { name: NAMES[1], city: 'vientiane', role: 'statistician', gender: 'male' },
        { name: NAMES[2], role: 'observer', gender: 'undisclosed' },
      ],
    },
  });
  const people = registered.body.participants as { id: string; name: string }[];
  const idOf = (name: string | undefined) => people.find((p) => p.name === name)?.id ?? '';
  [ids.planner, ids.analyst, ids.guest] = NAMES.map(idOf) as [string, string, string];
  const sessions = registered.body.sessions as { id: string }[];
  ids.first = sessions[0]?.id ?? '';
  ids.second = sessions[1]?.id ?? '';
  await call(t.app, 'PUT', `${url}/attendance`, {
    headers: admin,
    body: { sessionId: ids.first, participantIds: [ids.planner, ids.guest] },
  });
  await call(t.app, 'PUT', `${url}/attendance`, {
    headers: admin,
    body: { sessionId: ids.second, participantIds: [ids.planner] },
  });
});
afterAll(async () => t.close());

const read = async (who?: string) =>
  call(t.app, 'GET', `/api/v1/trainings/${ids.training}`, {
    headers: who ? await t.sessionHeaders(users[who]!) : {},
  });
const names = (body: Record<string, unknown>) =>
  (body.participants as { name: string }[]).map((p) => p.name);

describe('who sees the names of a training’s participants', () => {
  it('shows the public counts by city, by gender and the attendance rate, and no name', async () => {
    const { status, body } = await read();
    expect(status).toBe(200);
    expect(body.participants).toEqual([]);
    expect(body.summary).toEqual({
      participants: 3,
      byCity: [
        { city: 'phnom-penh', name: 'Phnom Penh', count: 1 },
        { city: 'vientiane', name: 'Vientiane', count: 1 },
        { city: null, name: null, count: 1 },
      ],
      byGender: { female: 1, male: 1, other: 0, undisclosed: 1 },
      attendanceRate: 0.5,
    });
    const sessions = body.sessions as { attended: number; attendees: string[] }[];
    expect(sessions.map((s) => [s.attended, s.attendees])).toEqual([
      [2, []],
      [1, []],
    ]);
    const text = JSON.stringify(body);
    for (const name of NAMES) expect(text).not.toContain(name);
    expect(text).not.toContain(ids.planner);
  });

  it('keeps names out of the public list of trainings', async () => {
    const list = await call(t.app, 'GET', '/api/v1/trainings');
    expect(list.status).toBe(200);
    expect(list.body.total).toBe(1);
    for (const name of NAMES) expect(JSON.stringify(list.body)).not.toContain(name);
  });

  it.each([
    ['secretariat', NAMES],
    ['editor PP', [NAMES[0]]],
    ['viewer PP', [NAMES[0]]],
    ['focal KHM', [NAMES[0]]],
    ['focal LAO', [NAMES[1]]],
    ['editor VTE', [NAMES[1]]],
    ['reviewer PP', []],
  ])('shows %s the names of %j only', async (who, expected) => {
    const { body } = await read(who);
    expect(names(body)).toEqual(expected);
    const visible = new Set((body.participants as { id: string }[]).map((p) => p.id));
    const sessions = body.sessions as { attendees: string[] }[];
    expect(sessions.flatMap((s) => s.attendees).every((id) => visible.has(id))).toBe(true);
    expect((body.summary as { participants: number }).participants).toBe(3);
  });

  it('shows the city’s team only its own participant who attended, with the sessions', async () => {
    const { body } = await read('editor PP');
    const sessions = body.sessions as { attended: number; attendees: string[] }[];
    expect(sessions.map((s) => [s.attended, s.attendees])).toEqual([
      [2, [ids.planner]],
      [1, [ids.planner]],
    ]);
  });
});

describe('certificates of attendance', () => {
  const certificate = async (participant: string, who?: string, query = '') =>
    call(
      t.app,
      'GET',
      `/api/v1/trainings/${ids.training}/participants/${participant}/certificate.pdf${query}`,
      { headers: who ? await t.sessionHeaders(users[who]!) : {} },
    );

  it('asks the public to sign in and refuses those who may not see the name', async () => {
    expect((await certificate(ids.planner)).status).toBe(401);
    expect((await certificate(ids.planner, 'editor VTE')).status).toBe(403);
    expect((await certificate(ids.planner, 'focal LAO')).status).toBe(403);
    expect((await certificate(ids.planner, 'reviewer PP')).status).toBe(403);
    expect((await certificate(ids.guest, 'focal KHM')).status).toBe(403);
  });

  it('gives none to someone who attended no session, and says why', async () => {
    const res = await certificate(ids.analyst, 'secretariat');
    expect(res.status).toBe(409);
    expect((res.body.error as { message: string }).message).toMatch(
      /Bounmy Analyst attended no session/,
    );
  });

  it('answers 404 for a participant of no such training', async () => {
    const res = await certificate('00000000-0000-4000-8000-000000000009', 'secretariat');
    expect(res.status).toBe(404);
  });

  it.runIf(hasChromium)(
    'prints the certificate of someone who attended for their city’s team',
    async () => {
      const res = await certificate(ids.planner, 'editor PP');
      expect(res.status).toBe(200);
      expect(res.res.headers['content-type']).toBe('application/pdf');
      expect(res.res.headers['content-disposition']).toMatch(
        /^attachment; filename="certificate-fr-att-[0-9a-f]{8}-[0-9a-f]{8}\.pdf"$/,
      );
      expect(res.res.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(pdfTitle(res.res.rawPayload)).toBe('Certificate of attendance — Ada Planner');
    },
    60_000,
  );

  it('refuses a language it does not print, naming lang', async () => {
    const res = await certificate(ids.planner, 'editor PP', '?lang=xx');
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [expect.objectContaining({ field: expect.stringMatching(/lang$/) })],
    });
  });

  it.runIf(hasChromium)(
    'prints it in Khmer on one page when asked, the name as entered',
    async () => {
      const res = await certificate(ids.planner, 'editor PP', '?lang=km');
      expect(res.status).toBe(200);
      expect(res.res.headers['content-type']).toBe('application/pdf');
      expect(pdfTitle(res.res.rawPayload)).toBe('វិញ្ញាបនបត្របញ្ជាក់ការចូលរួម — Ada Planner');
      expect(pdfPages(res.res.rawPayload)).toBe(1);
    },
    60_000,
  );
});
