import Fastify from 'fastify';
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendPdf } from '../src/routes/common/pdf-reply';
import { buildAccountsApp, call } from './accounts-fixtures';
import { pdfPages, pdfTitle } from './pdf-fixtures';

let t: Awaited<ReturnType<typeof buildAccountsApp>>;
let adminId: string;
let editorId: string;
let reviewerId: string;
let viewerElsewhereId: string;
const CITY = 'siem-reap';
const KEYS = ['sdgs_localised', 'data', 'model_project', 'capacity', 'reporting', 'sharing'];
const chromiumMissing = existsSync('/usr/bin/chromium')
  ? undefined
  : 'Chromium not found at /usr/bin/chromium: the certificate PDF test is skipped';

const as = async (userId: string) => t.sessionHeaders(userId);
const all = (level: number) => ({ criteria: KEYS.map((key) => ({ key, level })) });

/** Starts, fills in, submits and scores an assessment of CITY; answers its id. */
async function submittedAndScored(level: number): Promise<string> {
  const started = await call(t.app, 'POST', `/api/v1/cities/${CITY}/assessments`, {
    headers: await as(editorId),
  });
  expect(started.status).toBe(201);
  const id = String(started.body.id);
  await call(t.app, 'PUT', `/api/v1/assessments/${id}/self`, {
    headers: await as(editorId),
    body: all(level),
  });
  await call(t.app, 'POST', `/api/v1/assessments/${id}/submit`, { headers: await as(editorId) });
  await call(t.app, 'PUT', `/api/v1/assessments/${id}/review`, {
    headers: await as(reviewerId),
    body: all(level),
  });
  return id;
}

let notYet = '';
let graduated = '';

beforeAll(async () => {
  t = await buildAccountsApp();
  adminId = (await t.createUser([{ role: 'secretariat' }])).id;
  editorId = (await t.createUser([{ role: 'city_editor', city: CITY }])).id;
  reviewerId = (await t.createUser([{ role: 'reviewer', city: CITY }])).id;
  viewerElsewhereId = (await t.createUser([{ role: 'city_viewer', city: 'vientiane' }])).id;
  await call(t.app, 'PATCH', `/api/v1/cities/${CITY}`, {
    headers: await as(adminId),
    body: { stage: 'candidate' },
  });
  notYet = await submittedAndScored(1);
  await call(t.app, 'POST', `/api/v1/assessments/${notYet}/decision`, {
    headers: await as(adminId),
    body: { decision: 'not_yet', comment: 'more data first' },
  });
  graduated = await submittedAndScored(2);
});
afterAll(async () => t.close());

const pdf = (id: string, headers?: Record<string, string>, query = '') =>
  t.app.inject({
    method: 'GET',
    url: `/api/v1/assessments/${id}/certificate.pdf${query}`,
    headers,
  });

describe('graduation certificates', () => {
  it('answer 404 for an undecided assessment, one decided "not yet" and an unknown id', async () => {
    expect((await pdf(graduated)).statusCode).toBe(404);
    expect((await pdf(notYet)).statusCode).toBe(404);
    expect((await pdf('00000000-0000-4000-8000-000000000009')).statusCode).toBe(404);
    const list = await call(t.app, 'GET', `/api/v1/cities/${CITY}/graduation-certificates`);
    expect(list.body.items).toEqual([]);
  });

  it('are listed publicly once the secretariat graduates the city, and verify by reference', async () => {
    const decided = await call(t.app, 'POST', `/api/v1/assessments/${graduated}/decision`, {
      headers: await as(adminId),
      body: { decision: 'graduated', comment: 'every criterion met' },
    });
    expect(decided.status).toBe(200);
    const certificateId = String(decided.body.certificateId);
    const facts = {
      id: certificateId,
      assessmentId: graduated,
      city: { slug: CITY, name: 'Siem Reap', country: 'KHM' },
      fromStage: 'candidate',
      stage: 'model_city',
      rubricVersion: 1,
      pdf: `/api/v1/assessments/${graduated}/certificate.pdf`,
      verify: `/api/v1/graduation-certificates/${certificateId}`,
      page: `/graduation-certificates/${certificateId}`,
    };
    const list = await call(t.app, 'GET', `/api/v1/cities/${CITY}/graduation-certificates`);
    expect(list.status).toBe(200);
    expect(list.body.items).toEqual([expect.objectContaining(facts)]);
    const verified = await call(t.app, 'GET', `/api/v1/graduation-certificates/${certificateId}`);
    expect(verified.status).toBe(200);
    expect(verified.body).toMatchObject(facts);
    expect(verified.body).not.toHaveProperty('criteria');
    const unknown = await call(
      t.app,
      'GET',
      '/api/v1/graduation-certificates/00000000-0000-4000-8000-000000000009',
    );
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ error: { code: 'NOT_FOUND' } });
  });

  it('refuse a reference that is not a certificate id, naming id', async () => {
    const res = await call(
      t.app,
      'GET',
      '/api/v1/graduation-certificates/FR-ATT-1A2B3C4D-5E6F7A8B',
    );
    expect([res.status, res.body.error]).toEqual([
      400,
      expect.objectContaining({
        code: 'VALIDATION_FAILED',
        details: [expect.objectContaining({ field: expect.stringMatching(/id$/) })],
      }),
    ]);
  });

  it.skipIf(chromiumMissing)(
    'print as a PDF anyone can download, signed in or not',
    async () => {
      const res = await pdf(graduated);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.headers['content-disposition']).toContain('siem-reap-graduation-certificate.pdf');
      expect(res.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(pdfTitle(res.rawPayload)).toBe('Certificate of graduation: Siem Reap');
      const other = await pdf(graduated, await as(viewerElsewhereId));
      expect(other.statusCode).toBe(200);
    },
    60_000,
  );

  it('refuse a language they are not printed in, naming lang', async () => {
    const res = await pdf(graduated, undefined, '?lang=xx');
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      error: {
        code: 'VALIDATION_FAILED',
        details: [expect.objectContaining({ field: expect.stringMatching(/lang$/) })],
      },
    });
  });

  it.skipIf(chromiumMissing)(
    'print in Khmer on one page when asked',
    async () => {
      const res = await pdf(graduated, undefined, '?lang=km');
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(pdfTitle(res.rawPayload)).toBe('វិញ្ញាបនបត្របញ្ចប់ដំណាក់កាល: Siem Reap');
      expect(pdfPages(res.rawPayload)).toBe(1);
    },
    60_000,
  );
});

describe('the history of an assessment', () => {
  it('says who started, filled in, submitted, scored and decided it, oldest first', async () => {
    const res = await call(t.app, 'GET', `/api/v1/assessments/${notYet}/steps`, {
      headers: await as(editorId),
    });
    expect(res.status).toBe(200);
    const steps = res.body.items as { kind: string; by: string | null; decision: unknown }[];
    expect(steps.map((s) => s.kind)).toEqual([
      'started',
      'self_assessed',
      'submitted',
      'reviewed',
      'decided',
    ]);
    expect(steps.every((s) => typeof s.by === 'string' && s.by.length > 0)).toBe(true);
    expect(steps.at(-1)?.decision).toBe('not_yet');
  });

  it('is for the readers of the assessment only', async () => {
    const url = `/api/v1/assessments/${notYet}/steps`;
    expect((await call(t.app, 'GET', url)).status).toBe(401);
    expect((await call(t.app, 'GET', url, { headers: await as(viewerElsewhereId) })).status).toBe(
      403,
    );
    expect((await call(t.app, 'GET', url, { headers: await as(reviewerId) })).status).toBe(200);
  });
});

describe('printing a PDF', () => {
  it('answers 501 PDF_UNAVAILABLE, naming no path, on a server without Chromium', async () => {
    const app = Fastify();
    app.get('/print', (request, reply) =>
      sendPdf(request, reply, '<p>certificate</p>', {
        filename: 'x.pdf',
        chromiumPath: '/nonexistent/chromium',
      }),
    );
    const res = await app.inject({ method: 'GET', url: '/print' });
    expect(res.statusCode).toBe(501);
    expect(res.json()).toMatchObject({ error: { code: 'PDF_UNAVAILABLE' } });
    expect(res.body).not.toContain('/nonexistent');
    await app.close();
  });
});
