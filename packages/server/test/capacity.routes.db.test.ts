import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAccountsApp, call } from './accounts-fixtures';

let t: Awaited<ReturnType<typeof buildAccountsApp>>;
let adminId: string;
let editorId: string;
let reviewerId: string;
let otherEditorId: string;
const CITY = 'phnom-penh';
const KEYS = ['sdgs_localised', 'data', 'model_project', 'capacity', 'reporting', 'sharing'];
const AWARE = { heard_of_sdgs: 'yes', understanding: 4, knows_city_priorities: 'yes' };
const UNAWARE = { heard_of_sdgs: 'no', understanding: 1, knows_city_priorities: 'no' };

beforeAll(async () => {
  t = await buildAccountsApp();
  adminId = (await t.createUser([{ role: 'secretariat' }])).id;
  editorId = (await t.createUser([{ role: 'city_editor', city: CITY }])).id;
  reviewerId = (await t.createUser([{ role: 'reviewer', city: CITY }])).id;
  otherEditorId = (await t.createUser([{ role: 'city_editor', city: 'vientiane' }])).id;
});
afterAll(async () => t.close());

const as = async (userId: string) => t.sessionHeaders(userId);

async function survey(round: 'baseline' | 'follow_up', opensOn: string, answers: object[]) {
  const created = await call(t.app, 'POST', `/api/v1/cities/${CITY}/surveys`, {
    headers: await as(editorId),
    body: { round, title: round, opensOn },
  });
  const id = String(created.body.id);
  const codes = await call(t.app, 'POST', `/api/v1/surveys/${id}/codes`, {
    headers: await as(editorId),
    body: { count: answers.length },
  });
  const list = codes.body.codes as string[];
  for (const [i, a] of answers.entries())
    expect(
      (
        await call(t.app, 'POST', `/api/v1/surveys/${id}/answers`, {
          body: { code: list[i], answers: a },
        })
      ).status,
    ).toBe(201);
  return { id, codes: list };
}

describe('awareness surveys', () => {
  it('take one answer per code, and refuse a code of another survey', async () => {
    const first = await survey('baseline', '2030-01-01', [AWARE]);
    const again = await call(t.app, 'POST', `/api/v1/surveys/${first.id}/answers`, {
      body: { code: first.codes[0], answers: UNAWARE },
    });
    expect(again.status).toBe(409);
    const second = await survey('baseline', '2030-01-02', []);
    const codes = await call(t.app, 'POST', `/api/v1/surveys/${second.id}/codes`, {
      headers: await as(editorId),
      body: { count: 1 },
    });
    const code = (codes.body.codes as string[])[0];
    const elsewhere = await call(t.app, 'POST', `/api/v1/surveys/${first.id}/answers`, {
      body: { code, answers: UNAWARE },
    });
    expect(elsewhere.status).toBe(409);
    const home = await call(t.app, 'POST', `/api/v1/surveys/${second.id}/answers`, {
      body: { code: code?.toLowerCase(), answers: UNAWARE },
    });
    expect(home.status).toBe(201);
  });

  it('store answers with no code, no time and no person, and keep only that a code was used', async () => {
    const columns = async (table: 'survey_response' | 'survey_code') =>
      Object.keys(
        (await t.handle.db.selectFrom(table).selectAll().executeTakeFirstOrThrow()) as object,
      ).sort();
    expect(await columns('survey_response')).toEqual(['answers', 'aware', 'id', 'survey_id']);
    expect(await columns('survey_code')).toEqual(['code_hash', 'survey_id', 'used']);
    const entry = await t.handle.db
      .selectFrom('audit_entry')
      .selectAll()
      .where('action', '=', 'survey.answer')
      .executeTakeFirstOrThrow();
    expect(entry).toMatchObject({
      actor_kind: 'anonymous',
      address: null,
      after_json: null,
      entity_type: 'survey',
    });
  });

  it('report the share aware per survey over time, with n, and the change', async () => {
    await survey('follow_up', '2031-01-01', [AWARE, AWARE, AWARE, UNAWARE]);
    const res = await call(t.app, 'GET', `/api/v1/cities/${CITY}/awareness`);
    const points = res.body.points as { round: string; n: number; share: number; low: number }[];
    expect(points.map((p) => [p.round, p.n, p.share])).toEqual([
      ['baseline', 1, 1],
      ['baseline', 1, 0],
      ['follow_up', 4, 0.75],
    ]);
    expect(points[2]?.low).toBeGreaterThan(0.2);
    expect(points[0]).not.toHaveProperty('cityId');
  });

  it('say in the awareness list which surveys are closed', async () => {
    const open = await survey('baseline', '2029-06-01', []);
    await call(t.app, 'POST', `/api/v1/surveys/${open.id}/close`, { headers: await as(editorId) });
    const res = await call(t.app, 'GET', `/api/v1/cities/${CITY}/awareness`);
    const points = res.body.points as { surveyId: string; closed: boolean; n: number }[];
    expect(points.find((p) => p.surveyId === open.id)).toMatchObject({ closed: true, n: 0 });
    expect(points.filter((p) => p.surveyId !== open.id).map((p) => p.closed)).toEqual([
      false,
      false,
      false,
    ]);
  });

  it('let only the city’s own team create its surveys', async () => {
    const res = await call(t.app, 'POST', `/api/v1/cities/${CITY}/surveys`, {
      headers: await as(otherEditorId),
      body: { round: 'baseline', title: 'x', opensOn: '2030-01-01' },
    });
    expect(res.status).toBe(403);
  });

  it('refuse invitation codes for a closed survey, saying it is closed (issue 8)', async () => {
    // In another city, so that the awareness and graduation figures of CITY stay as they are.
    const created = await call(t.app, 'POST', '/api/v1/cities/vientiane/surveys', {
      headers: await as(otherEditorId),
      body: { round: 'baseline', title: 'Vientiane baseline', opensOn: '2030-01-01' },
    });
    const id = String(created.body.id);
    const before = await call(t.app, 'POST', `/api/v1/surveys/${id}/codes`, {
      headers: await as(otherEditorId),
      body: { count: 2 },
    });
    expect(before.status).toBe(201);
    await call(t.app, 'POST', `/api/v1/surveys/${id}/close`, { headers: await as(otherEditorId) });
    const res = await call(t.app, 'POST', `/api/v1/surveys/${id}/codes`, {
      headers: await as(otherEditorId),
      body: { count: 5 },
    });
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ error: { code: 'CONFLICT' } });
    expect(String((res.body.error as { message: string }).message)).toMatch(
      /survey "Vientiane baseline" is closed.*no invitation codes/,
    );
    expect(res.body).not.toHaveProperty('codes');
    // Role and scope first: another city's editor is refused, not told the survey is closed.
    const outsider = await call(t.app, 'POST', `/api/v1/surveys/${id}/codes`, {
      headers: await as(editorId),
      body: { count: 5 },
    });
    expect(outsider.status).toBe(403);
  });
});

describe('graduation', () => {
  let id = '';
  const stage = async () => (await call(t.app, 'GET', `/api/v1/cities/${CITY}`)).body.stage;

  it('starts a self-assessment for the next stage with the evidence the platform computes', async () => {
    await call(t.app, 'PATCH', `/api/v1/cities/${CITY}`, {
      headers: await as(adminId),
      body: { stage: 'candidate' },
    });
    const res = await call(t.app, 'POST', `/api/v1/cities/${CITY}/assessments`, {
      headers: await as(editorId),
    });
    expect(res.status).toBe(201);
    id = String(res.body.id);
    expect(res.body.targetStage).toBe('model_city');
    expect(res.body).toMatchObject({ city: CITY, status: 'draft' });
    expect(res.body).not.toHaveProperty('cityId');
    const capacity = (
      res.body.criteria as { key: string; computed: Record<string, unknown> }[]
    ).find((c) => c.key === 'capacity');
    expect(capacity?.computed.survey_awareness).toMatchObject({ share: 0.75, n: 4 });
  });

  it('refuses graduation while a criterion is missing, and the reviewer cannot decide', async () => {
    const all = (level: number) => ({ criteria: KEYS.map((key) => ({ key, level })) });
    await call(t.app, 'PUT', `/api/v1/assessments/${id}/self`, {
      headers: await as(editorId),
      body: all(2),
    });
    expect(
      (
        await call(t.app, 'POST', `/api/v1/assessments/${id}/submit`, {
          headers: await as(editorId),
        })
      ).status,
    ).toBe(200);
    const review = await call(t.app, 'PUT', `/api/v1/assessments/${id}/review`, {
      headers: await as(reviewerId),
      body: { criteria: KEYS.map((key) => ({ key, level: key === 'sharing' ? 1 : 2 })) },
    });
    expect(review.body.readiness).toMatchObject({
      ready: false,
      missing: [{ key: 'sharing', level: 1, needed: 2 }],
    });
    const decide = (userId: string) =>
      as(userId).then((headers) =>
        call(t.app, 'POST', `/api/v1/assessments/${id}/decision`, {
          headers,
          body: { decision: 'graduated' },
        }),
      );
    expect((await decide(reviewerId)).status).toBe(403);
    expect((await decide(adminId)).status).toBe(409);
    expect(await stage()).toBe('candidate');
  });

  it('moves the stage and issues a certificate when the secretariat decides on a ready city', async () => {
    await call(t.app, 'PUT', `/api/v1/assessments/${id}/review`, {
      headers: await as(reviewerId),
      body: { criteria: [{ key: 'sharing', level: 2, comment: 'peer exchange hosted' }] },
    });
    const res = await call(t.app, 'POST', `/api/v1/assessments/${id}/decision`, {
      headers: await as(adminId),
      body: { decision: 'graduated', comment: 'well done' },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'decided', decision: 'graduated' });
    expect(res.body.certificateId).toEqual(expect.any(String));
    expect(await stage()).toBe('model_city');
    const history = await call(t.app, 'GET', `/api/v1/cities/${CITY}/assessments`, {
      headers: await as(editorId),
    });
    expect((history.body.items as unknown[]).length).toBe(1);
    const readiness = await call(t.app, 'GET', `/api/v1/cities/${CITY}/readiness`, {
      headers: await as(editorId),
    });
    expect(readiness.body).toMatchObject({
      stage: 'model_city',
      targetStage: 'frontrunner',
      assessment: null,
    });
    expect((readiness.body.readiness as { missing: unknown[] }).missing).toHaveLength(6);
  });
});
