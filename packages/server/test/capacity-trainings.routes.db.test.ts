import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAccountsApp, call } from './accounts-fixtures';

let t: Awaited<ReturnType<typeof buildAccountsApp>>;
let adminId: string;
let editorId: string;
let otherEditorId: string;
const CITIES = ['vientiane', 'phnom-penh'];

beforeAll(async () => {
  t = await buildAccountsApp();
  adminId = (await t.createUser([{ role: 'secretariat' }])).id;
  editorId = (await t.createUser([{ role: 'city_editor', city: 'phnom-penh' }])).id;
  otherEditorId = (await t.createUser([{ role: 'city_editor', city: 'vientiane' }])).id;
  await call(t.app, 'PATCH', '/api/v1/cities/phnom-penh', {
    headers: await t.sessionHeaders(adminId),
    body: { stage: 'candidate' },
  });
});
afterAll(async () => t.close());

const as = async (userId: string) => t.sessionHeaders(userId);
const made: Record<string, string> = {};

describe('cohorts and trainings through the API', () => {
  it('creates a cohort, puts cities in it and names them by slug', async () => {
    const res = await call(t.app, 'POST', '/api/v1/cohorts', {
      headers: await as(adminId),
      body: { name: 'Route test cohort', year: 2030 },
    });
    expect(res.status).toBe(201);
    made.cohort = String(res.body.id);
    const put = await call(t.app, 'POST', `/api/v1/cohorts/${made.cohort}/cities`, {
      headers: await as(adminId),
      body: { cities: CITIES },
    });
    expect(put.status).toBe(200);
    const cities = put.body.cities as Record<string, unknown>[];
    expect(cities.map((c) => c.slug).sort()).toEqual([...CITIES].sort());
    expect(Object.keys(cities[0] ?? {}).sort()).toEqual(['country', 'name', 'slug', 'stage']);
  });

  it('schedules a workshop with a session, registers participants and records attendance', async () => {
    const created = await call(t.app, 'POST', '/api/v1/trainings', {
      headers: await as(adminId),
      body: {
        cohortId: made.cohort,
        kind: 'workshop',
        title: 'Localising targets',
        startsOn: '2030-02-01',
        endsOn: '2030-02-02',
        place: 'Vientiane',
        topics: ['localising_targets'],
      },
    });
    expect(created.status).toBe(201);
    made.training = String(created.body.id);
    const url = `/api/v1/trainings/${made.training}`;
    const withSession = await call(t.app, 'POST', `${url}/sessions`, {
      headers: await as(adminId),
      body: {
        title: 'Day 1',
        startsAt: '2030-02-01T09:00:00+07:00',
        endsAt: '2030-02-01T17:00:00+07:00',
      },
    });
    const session = (withSession.body.sessions as { id: string }[])[0]?.id ?? '';
    const registered = await call(t.app, 'POST', `${url}/participants`, {
      headers: await as(adminId),
      body: {
        participants: [
          { name: 'A. Planner', city: 'phnom-penh', role: 'planning officer', gender: 'female' },
          { name: 'B. Analyst', city: 'vientiane', role: 'statistician', gender: 'male' },
          { name: 'C. Guest', role: 'observer', gender: 'undisclosed' },
        ],
      },
    });
    const people = registered.body.participants as { id: string; city: string | null }[];
    expect(people.map((p) => p.city)).toEqual(['phnom-penh', 'vientiane', null]);
    const present = people.filter((p) => p.city !== 'vientiane').map((p) => p.id);
    const attended = await call(t.app, 'PUT', `${url}/attendance`, {
      headers: await as(adminId),
      body: { sessionId: session, participantIds: present },
    });
    expect(attended.status).toBe(200);
    const read = await call(t.app, 'GET', url, { headers: await as(adminId) });
    expect((read.body.sessions as { attendees: string[] }[])[0]?.attendees.sort()).toEqual(
      present.sort(),
    );
    expect(Object.keys(read.body).sort()).toEqual(
      [
        'cohortId',
        'endsOn',
        'id',
        'kind',
        'materials',
        'online',
        'organisers',
        'participants',
        'place',
        'sessions',
        'startsOn',
        'summary',
        'title',
        'topics',
      ].sort(),
    );
  });

  it('refuses attendance of someone not registered, and training writes by a city editor', async () => {
    const url = `/api/v1/trainings/${made.training}`;
    const session = ((await call(t.app, 'GET', url)).body.sessions as { id: string }[])[0]?.id;
    const stranger = await call(t.app, 'PUT', `${url}/attendance`, {
      headers: await as(adminId),
      body: { sessionId: session, participantIds: ['not-a-participant'] },
    });
    expect(stranger.status).toBe(400);
    const editor = await call(t.app, 'POST', '/api/v1/trainings', {
      headers: await as(editorId),
      body: { kind: 'training', title: 'x', startsOn: '2030-01-01', endsOn: '2030-01-01' },
    });
    expect(editor.status).toBe(403);
  });

  it('reports competency change before and after, per city and for the cohort', async () => {
    for (const [phase, level] of [
      ['before', 2],
      ['after', 4],
    ] as const) {
      const res = await call(t.app, 'POST', '/api/v1/cities/phnom-penh/competency-assessments', {
        headers: await as(editorId),
        body: { phase, levels: { localising_targets: level }, assessedOn: '2030-02-01' },
      });
      expect(res.status).toBe(201);
      expect(Object.keys(res.body)).toEqual(['id']);
    }
    const city = await call(t.app, 'GET', '/api/v1/cities/phnom-penh/competencies');
    const items = city.body.items as { competency: string }[];
    expect(items.find((i) => i.competency === 'localising_targets')).toEqual({
      competency: 'localising_targets',
      before: 2,
      after: 4,
      change: 2,
      nBefore: 1,
      nAfter: 1,
    });
    const cohort = await call(t.app, 'GET', `/api/v1/cohorts/${made.cohort}/competencies`);
    expect(
      (cohort.body.cohort as { competency: string }[]).find(
        (c) => c.competency === 'localising_targets',
      ),
    ).toMatchObject({ change: 2 });
    expect((cohort.body.cities as { city: string }[]).map((c) => c.city).sort()).toEqual(
      [...CITIES].sort(),
    );
  });
});

describe('cohort progress', () => {
  it('shows each city’s stage, criteria, trainings attended and awareness, alphabetically', async () => {
    const res = await call(t.app, 'GET', `/api/v1/cohorts/${made.cohort}/progress`, {
      headers: await as(adminId),
    });
    expect(res.status).toBe(200);
    const cities = res.body.cities as {
      city: { slug: string; name: string };
      trainingsAttended: { people: number; trainings: number };
      awareness: unknown;
      criteria: { missing: unknown[] } | null;
    }[];
    const names = cities.map((c) => c.city.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    const pp = cities.find((c) => c.city.slug === 'phnom-penh');
    const vt = cities.find((c) => c.city.slug === 'vientiane');
    expect(pp?.trainingsAttended).toEqual({ people: 1, trainings: 1 });
    expect(vt?.trainingsAttended).toEqual({ people: 0, trainings: 0 });
    expect(pp?.awareness).toBeNull();
    expect(JSON.stringify(res.body)).not.toMatch(/cityId|city_id|rank|score/i);
  });

  it('shows a city editor only their own city, and the public nothing', async () => {
    const res = await call(t.app, 'GET', `/api/v1/cohorts/${made.cohort}/progress`, {
      headers: await as(otherEditorId),
    });
    expect((res.body.cities as { city: { slug: string } }[]).map((c) => c.city.slug)).toEqual([
      'vientiane',
    ]);
    expect((await call(t.app, 'GET', `/api/v1/cohorts/${made.cohort}/progress`)).status).toBe(401);
  });
});

describe('surveys, learning path and rubric', () => {
  it('closes a survey: answers are then refused, and closing twice is a conflict', async () => {
    const survey = await call(t.app, 'POST', '/api/v1/cities/phnom-penh/surveys', {
      headers: await as(editorId),
      body: { round: 'baseline', title: 'Baseline', opensOn: '2030-03-01' },
    });
    expect(survey.body).not.toHaveProperty('cityId');
    const id = String(survey.body.id);
    const codes = await call(t.app, 'POST', `/api/v1/surveys/${id}/codes`, {
      headers: await as(editorId),
      body: { count: 1 },
    });
    const close = () =>
      as(editorId).then((headers) =>
        call(t.app, 'POST', `/api/v1/surveys/${id}/close`, { headers }),
      );
    const closed = await close();
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({ id, city: 'phnom-penh', closed: true });
    expect((await close()).status).toBe(409);
    const answer = await call(t.app, 'POST', `/api/v1/surveys/${id}/answers`, {
      body: {
        code: (codes.body.codes as string[])[0],
        answers: { heard_of_sdgs: 'yes', understanding: 4, knows_city_priorities: 'yes' },
      },
    });
    expect(answer.status).toBe(409);
    const otherCity = await call(t.app, 'POST', `/api/v1/surveys/${id}/close`, {
      headers: await as(otherEditorId),
    });
    expect(otherCity.status).toBe(403);
  });

  it('gives a city’s learning path on its own, with reasons, to its team only', async () => {
    const res = await call(t.app, 'GET', '/api/v1/cities/phnom-penh/learning-path', {
      headers: await as(editorId),
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ city: 'phnom-penh' });
    const steps = res.body.steps as {
      module: { key: string };
      why: { kind: string }[];
      reasons: string[];
    }[];
    expect(steps.length).toBeGreaterThan(0);
    expect(steps.every((s) => s.reasons.length > 0)).toBe(true);
    // Each English sentence has its structured twin, for the web to word in the reader's language.
    expect(steps.every((s) => s.why.length === s.reasons.length)).toBe(true);
    expect(steps.find((s) => s.module.key === 'localising-targets')?.why).toContainEqual({
      kind: 'criterion',
      criterion: 'sdgs_localised',
      title: 'SDGs localised',
      level: null,
      needed: expect.any(Number) as number,
    });
    const other = await call(t.app, 'GET', '/api/v1/cities/phnom-penh/learning-path', {
      headers: await as(otherEditorId),
    });
    expect(other.status).toBe(403);
  });

  it('never loses one of two rubric versions published at once', async () => {
    const rubric = (await call(t.app, 'GET', '/api/v1/rubric')).body;
    const publish = (title: string) =>
      as(adminId).then((headers) =>
        call(t.app, 'POST', '/api/v1/rubric/versions', {
          headers,
          body: {
            minimum: rubric.minimum,
            criteria: (rubric.criteria as { title: string }[]).map((c, i) => ({
              ...c,
              title: i === 0 ? title : c.title,
            })),
          },
        }),
      );
    const answers = await Promise.all([publish('First'), publish('Second')]);
    const stored = answers.filter((a) => a.status === 201);
    // Each publish is either stored under its own version or refused: never silently dropped.
    expect(answers.every((a) => a.status === 201 || a.status === 409)).toBe(true);
    expect(stored.length).toBeGreaterThan(0);
    const versions = (await call(t.app, 'GET', '/api/v1/rubric/versions')).body.items as {
      version: number;
      criteria: { title: string }[];
    }[];
    for (const a of stored) {
      const found = versions.find((v) => v.version === a.body.version);
      expect(found?.criteria[0]?.title).toBe((a.body.criteria as { title: string }[])[0]?.title);
    }
    expect(new Set(stored.map((a) => a.body.version)).size).toBe(stored.length);
  });
});
