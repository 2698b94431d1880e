import { seedCodebook, seriesRepository } from '@frontrunner/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAccountsApp, call } from './accounts-fixtures';

let t: Awaited<ReturnType<typeof buildAccountsApp>>;
const headers: Record<string, Record<string, string>> = {};
const as = (who: string) => headers[who] ?? {};

beforeAll(async () => {
  t = await buildAccountsApp();
  await seedCodebook(t.handle);
  const users: [string, Parameters<typeof t.createUser>[0]][] = [
    ['secretariat', [{ role: 'secretariat' }]],
    ['focal point', [{ role: 'focal_point', country: 'KHM' }]],
    ['other focal point', [{ role: 'focal_point', country: 'LAO' }]],
    ['editor', [{ role: 'city_editor', city: 'battambang' }]],
    ['other editor', [{ role: 'city_editor', city: 'phnom-penh' }]],
    ['viewer', [{ role: 'city_viewer', city: 'battambang' }]],
  ];
  for (const [name, assignments] of users)
    headers[name] = await t.sessionHeaders((await t.createUser(assignments)).id);
  const now = new Date().toISOString();
  await seriesRepository.insertSeries(t.handle.db, [
    {
      id: 'series-report',
      code: 'FR_REPORT',
      indicator_id: null,
      local_indicator_id: null,
      name: 'Saved report test',
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

/** Enters, submits and approves one value of the test series for Battambang. */
async function approveValue(year: number, value: number) {
  const h = as('secretariat');
  const put = await call(t.app, 'PUT', '/api/v1/cities/battambang/observations', {
    headers: h,
    body: { entries: [{ series: 'FR_REPORT', year, value }] },
  });
  expect(put.status, JSON.stringify(put.body)).toBeLessThan(300);
  const listed = await call(t.app, 'GET', '/api/v1/cities/battambang/observations?view=working', {
    headers: h,
  });
  const ids = (listed.body.items as { id: string; status: string }[])
    .filter((o) => o.status === 'draft')
    .map((o) => o.id);
  expect(
    (
      await call(t.app, 'POST', '/api/v1/cities/battambang/observations/submit', {
        headers: h,
        body: { ids },
      })
    ).status,
  ).toBe(200);
  expect(
    (
      await call(t.app, 'POST', '/api/v1/observations/review', {
        headers: h,
        body: { ids, decision: 'approve' },
      })
    ).status,
  ).toBe(200);
}

const html = async (id: string, who?: string, query = '') =>
  t.app.inject({
    method: 'GET',
    url: `/api/v1/reports/${id}.html${query}`,
    headers: who ? as(who) : {},
  });

let reportId = '';

describe('saved reports', () => {
  it('are started by the city’s editor as a draft, and refused to other cities’ editors and viewers', async () => {
    const body = { title: 'Battambang VLR 2030', lang: 'en' };
    for (const who of ['other editor', 'viewer', 'focal point'])
      expect(
        (await call(t.app, 'POST', '/api/v1/cities/battambang/reports', { headers: as(who), body }))
          .status,
        who,
      ).toBe(403);
    expect((await call(t.app, 'POST', '/api/v1/cities/battambang/reports', { body })).status).toBe(
      401,
    );
    const res = await call(t.app, 'POST', '/api/v1/cities/battambang/reports', {
      headers: as('editor'),
      body,
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: 'draft', version: 1, publishedVersion: null });
    reportId = String(res.body.id);
  });

  it('keep drafts from the public and other cities, but show them to the city’s team', async () => {
    expect((await call(t.app, 'GET', `/api/v1/reports/${reportId}`)).status).toBe(404);
    expect((await html(reportId)).statusCode).toBe(404);
    expect(
      (await call(t.app, 'GET', `/api/v1/reports/${reportId}`, { headers: as('other editor') }))
        .status,
    ).toBe(404);
    expect(
      (await call(t.app, 'GET', `/api/v1/reports/${reportId}`, { headers: as('viewer') })).status,
    ).toBe(200);
    expect((await call(t.app, 'GET', '/api/v1/cities/battambang/reports')).body.items).toEqual([]);
    const team = await call(t.app, 'GET', '/api/v1/cities/battambang/reports', {
      headers: as('viewer'),
    });
    expect((team.body.items as unknown[]).length).toBe(1);
  });

  it('refuse narratives of unknown sections and bad consultation entries, naming the fields', async () => {
    const bad = await call(t.app, 'PATCH', `/api/v1/reports/${reportId}`, {
      headers: as('editor'),
      body: { narratives: { annex: 'no narrative here' } },
    });
    expect(bad.status).toBe(400);
    const entry = await call(t.app, 'POST', `/api/v1/reports/${reportId}/consultations`, {
      headers: as('editor'),
      body: { date: '2030-02-30', stakeholders: ' ', summary: 'x' },
    });
    expect(entry.status).toBe(400);
    expect(JSON.stringify(entry.body)).toContain('consultations[0].date');
    expect(JSON.stringify(entry.body)).toContain('consultations[0].stakeholders');
  });

  it('take narratives and consultation entries from the city’s editor and print them', async () => {
    const patched = await call(t.app, 'PATCH', `/api/v1/reports/${reportId}`, {
      headers: as('editor'),
      body: { narratives: { highlights: '## Air\n\n- Fewer <b>smoky</b> buses' } },
    });
    expect(patched.status).toBe(200);
    expect(patched.body.narratives).toEqual({ highlights: '## Air\n\n- Fewer <b>smoky</b> buses' });
    const added = await call(t.app, 'POST', `/api/v1/reports/${reportId}/consultations`, {
      headers: as('editor'),
      body: { date: '2030-01-15', stakeholders: 'Market vendors', summary: 'Waste collection' },
    });
    expect(added.status).toBe(201);
    expect(added.body.consultations).toEqual([
      { date: '2030-01-15', stakeholders: 'Market vendors', summary: 'Waste collection' },
    ]);
    expect(
      (
        await call(t.app, 'PATCH', `/api/v1/reports/${reportId}`, {
          headers: as('other editor'),
          body: { title: 'Mine now' },
        })
      ).status,
    ).toBe(404);
    const page = await html(reportId, 'viewer');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<li>Fewer &lt;b&gt;smoky&lt;/b&gt; buses</li>');
    expect(page.body).toContain('Market vendors');
  });

  it('go through review: only the country’s focal point approves, a return needs a comment', async () => {
    expect(
      (
        await call(t.app, 'POST', `/api/v1/reports/${reportId}/review`, {
          headers: as('focal point'),
          body: { decision: 'approve' },
        })
      ).status,
    ).toBe(409);
    const submit = await call(t.app, 'POST', `/api/v1/reports/${reportId}/submit`, {
      headers: as('editor'),
    });
    expect(submit.body.status).toBe('submitted');
    expect(
      (
        await call(t.app, 'PATCH', `/api/v1/reports/${reportId}`, {
          headers: as('editor'),
          body: { title: 'Changed while reviewed' },
        })
      ).status,
    ).toBe(409);
    expect(
      (
        await call(t.app, 'POST', `/api/v1/reports/${reportId}/review`, {
          headers: as('editor'),
          body: { decision: 'approve' },
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await call(t.app, 'POST', `/api/v1/reports/${reportId}/review`, {
          headers: as('other focal point'),
          body: { decision: 'approve' },
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await call(t.app, 'POST', `/api/v1/reports/${reportId}/review`, {
          headers: as('focal point'),
          body: { decision: 'return' },
        })
      ).status,
    ).toBe(400);
    const returned = await call(t.app, 'POST', `/api/v1/reports/${reportId}/review`, {
      headers: as('focal point'),
      body: { decision: 'return', comment: 'Add the mayor’s statement' },
    });
    expect(returned.body).toMatchObject({
      status: 'returned',
      reviewComment: 'Add the mayor’s statement',
    });
  });

  it('publish a frozen version that does not change when new data is approved', async () => {
    await approveValue(2028, 1111);
    await call(t.app, 'PATCH', `/api/v1/reports/${reportId}`, {
      headers: as('editor'),
      body: { narratives: { mayor_statement: 'We commit.' } },
    });
    await call(t.app, 'POST', `/api/v1/reports/${reportId}/submit`, { headers: as('editor') });
    const approved = await call(t.app, 'POST', `/api/v1/reports/${reportId}/review`, {
      headers: as('focal point'),
      body: { decision: 'approve' },
    });
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ status: 'approved', publishedVersion: 1 });
    const before = await html(reportId);
    expect(before.statusCode).toBe(200);
    expect(before.body).toContain('1,111');
    expect(before.body).toContain('We commit.');

    await approveValue(2029, 4242);
    const live = await t.app.inject({
      method: 'GET',
      url: '/api/v1/cities/battambang/report.html',
    });
    expect(live.body).toContain('4,242');
    expect((await html(reportId)).body).toBe(before.body);
    expect((await html(reportId, 'editor')).body).toBe(before.body);

    // Editing starts version 2; the public still sees version 1, the team the new draft.
    const next = await call(t.app, 'PATCH', `/api/v1/reports/${reportId}`, {
      headers: as('editor'),
      body: { narratives: { mayor_statement: 'We commit again.' } },
    });
    expect(next.body).toMatchObject({ status: 'draft', version: 2, publishedVersion: 1 });
    expect((await html(reportId)).body).toBe(before.body);
    const publicView = await call(t.app, 'GET', `/api/v1/reports/${reportId}`);
    expect(publicView.body).toMatchObject({
      status: 'approved',
      version: 1,
      narratives: { mayor_statement: 'We commit.' },
    });
    expect((await html(reportId, 'editor')).body).toContain('4,242');
    expect((await html(reportId, undefined, '?version=1')).body).toBe(before.body);
    const list = await call(t.app, 'GET', '/api/v1/cities/battambang/reports');
    expect((list.body.items as { id: string }[]).map((r) => r.id)).toEqual([reportId]);
  });

  it('serve the published version as a data zip to anyone', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/reports/${reportId}.zip` });
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.subarray(0, 2).toString('latin1')).toBe('PK');
  });
});
