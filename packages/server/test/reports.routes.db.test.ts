import { seedCodebook } from '@frontrunner/db';
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from './test-app';

let t: Awaited<ReturnType<typeof buildTestApp>>;
beforeAll(async () => {
  t = await buildTestApp();
  await seedCodebook(t.handle);
});
afterAll(async () => t.close());

const chromiumMissing = existsSync('/usr/bin/chromium')
  ? undefined
  : 'Chromium not found at /usr/bin/chromium: the PDF route test is skipped';

describe('printed reports', () => {
  it('serve a city’s report as a web page anyone can read, with its sections and the city’s name', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/cities/battambang/report.html' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.body).toContain('Battambang');
    expect(res.body).toContain('id="section-annex"');
  });

  it('give the goal titles of the dashboard in the language asked for', async () => {
    const en = await t.app.inject({ method: 'GET', url: '/api/v1/cities/bangkok/report.html' });
    const km = await t.app.inject({
      method: 'GET',
      url: '/api/v1/cities/bangkok/report.html?lang=km',
    });
    expect(km.statusCode).toBe(200);
    expect(km.body).toContain('<html lang="km">');
    expect(km.body).toMatch(/[\u1780-\u17FF]/);
    expect(en.body).not.toMatch(/[\u1780-\u17FF]/);
  });

  it('answer 404 for an unknown city and 400 for a malformed one', async () => {
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/cities/atlantis/report.html' }))
        .statusCode,
    ).toBe(404);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/cities/Not_A_Slug/report.zip' }))
        .statusCode,
    ).toBe(400);
  });

  it('serve the data behind a report as a zip', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/asean/report.zip' });
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it.skipIf(chromiumMissing)('print a city’s report to PDF', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/cities/battambang/report.pdf' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });
});
