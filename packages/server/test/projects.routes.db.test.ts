import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAccountsApp, call } from './accounts-fixtures';

const SCHEMA = fileURLToPath(
  new URL('../../services/test-fixtures/iati-2.03/iati-activities-schema.xsd', import.meta.url),
);
const hasXmllint = spawnSync('xmllint', ['--version']).status === 0;
const dir = mkdtempSync(join(tmpdir(), 'fr-iati-'));

/** Validates IATI XML with xmllint against the 2.03 schema; returns xmllint's verdict. */
function validateIati(xml: string): string {
  const file = join(dir, `activity-${Math.random().toString(36).slice(2)}.xml`);
  writeFileSync(file, xml);
  const run = spawnSync('xmllint', ['--noout', '--schema', SCHEMA, file], { encoding: 'utf8' });
  return run.status === 0 ? 'valid' : run.stderr;
}

let t: Awaited<ReturnType<typeof buildAccountsApp>>;
const as = {} as Record<
  'editor' | 'otherEditor' | 'focal' | 'admin',
  () => Promise<Record<string, string>>
>;

function buildProject(overrides: Record<string, unknown> = {}) {
  return {
    title: 'Community composting and waste bank in Battambang',
    summary: 'Organic waste from markets is composted; recyclables go to a waste bank.',
    description:
      'Composting of organic municipal solid waste and a waste bank for recycling reduce open burning, improve air quality and create green jobs for informal waste pickers.',
    themes: ['waste_3r', 'clean_air'],
    status: 'planned',
    startDate: '2025-01-01',
    endDate: '2026-12-31',
    budget: 150000,
    currency: 'USD',
    fundingSources: [
      { name: 'Japan-ASEAN Integration Fund', sharePercent: 80 },
      { name: 'Battambang municipality', sharePercent: 20 },
    ],
    budgetSplit: [
      { target: '11.6', percent: 50 },
      { target: '12.5', percent: 30 },
      { target: '8.3', percent: 20 },
    ],
    partners: [
      { name: 'Japan-ASEAN Integration Fund', role: 'funding' },
      { name: 'Institute for Global Environmental Strategies', role: 'implementing' },
    ],
    latitude: 13.1,
    longitude: 103.2,
    stakeholders: ['market vendors', 'waste pickers'],
    links: [{ title: 'Feasibility study', url: 'https://example.org/study.pdf' }],
    ...overrides,
  };
}

beforeAll(async () => {
  t = await buildAccountsApp();
  const users = {
    editor: await t.createUser([{ role: 'city_editor', city: 'battambang' }]),
    otherEditor: await t.createUser([{ role: 'city_editor', city: 'bangkok' }]),
    focal: await t.createUser([{ role: 'focal_point', country: 'KHM' }]),
    admin: await t.createUser([{ role: 'secretariat' }]),
  };
  for (const [name, user] of Object.entries(users))
    as[name as keyof typeof as] = () => t.sessionHeaders(user.id);
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await t.close();
});

const create = async (body: unknown) =>
  call(t.app, 'POST', '/api/v1/cities/battambang/projects', { headers: await as.editor(), body });

describe('projects', () => {
  it('refuses bad input with a 400 naming each field', async () => {
    const bad = buildProject({
      fundingSources: [{ name: 'A', sharePercent: 60 }],
      endDate: '2024-12-31',
      budget: -5,
    });
    const res = await create(bad);
    expect(res.status).toBe(400);
    const fields = (res.body.error as { details: { field: string }[] }).details.map((d) => d.field);
    expect(fields).toEqual(expect.arrayContaining(['fundingSources', 'endDate', 'budget']));
  });

  it('lets only the city editor of the project’s city plan it', async () => {
    const res = await call(t.app, 'POST', '/api/v1/cities/battambang/projects', {
      headers: await as.otherEditor(),
      body: buildProject(),
    });
    expect(res.status).toBe(403);
    const anon = await call(t.app, 'POST', '/api/v1/cities/battambang/projects', {
      body: buildProject(),
    });
    expect(anon.status).toBe(401);
  });

  it('plans, claims, monitors and exports a project end to end', async () => {
    const created = await create(buildProject());
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    const url = `/api/v1/projects/${id}`;
    const editor = await as.editor();

    const claim = (body: unknown) =>
      call(t.app, 'POST', `${url}/claims`, { headers: editor, body });
    const primary = await claim({
      target: '11.6',
      kind: 'primary',
      size: 'high',
      quantified: { indicator: '11.6.1', baseline: 55, target: 80, unit: 'percent' },
    });
    expect(primary.status).toBe(201);
    expect((await claim({ target: '8.3', kind: 'co_benefit', size: 'medium' })).status).toBe(201);
    expect((await claim({ target: '3.9', kind: 'trade_off', size: 'low' })).status).toBe(201);

    const unknown = await claim({ target: '11.99', kind: 'primary', size: 'low' });
    expect(unknown.status).toBe(400);
    const twice = await claim({
      target: '11.6',
      kind: 'co_benefit',
      size: 'low',
      quantified: { indicator: '11.6.1', baseline: 55, target: 80 },
    });
    expect(twice.status).toBe(400);
    expect(JSON.stringify(twice.body)).toContain('counts once');

    const otherCity = await call(t.app, 'POST', `${url}/claims`, {
      headers: await as.otherEditor(),
      body: { target: '12.5', kind: 'co_benefit', size: 'low' },
    });
    expect(otherCity.status).toBe(403);

    const results = await call(t.app, 'PUT', `${url}/results`, {
      headers: editor,
      body: {
        results: [
          {
            level: 'objective',
            title: 'Less waste burnt in the open',
            indicators: [],
            children: [
              {
                level: 'output',
                title: 'Market waste composted',
                indicators: [
                  {
                    name: 'Municipal solid waste collected and managed',
                    unit: 'percent',
                    sdgIndicator: '11.6.1',
                    baselineValue: 55,
                    baselinePeriod: '2024',
                    periods: [{ period: '2025', disaggregation: '', target: 65, actual: null }],
                  },
                ],
                children: [],
              },
            ],
          },
        ],
      },
    });
    expect(results.status).toBe(200);
    const tree = results.body.results as { children: { indicators: { id: string }[] }[] }[];
    const indicatorId = tree[0]?.children[0]?.indicators[0]?.id ?? '';

    const update = await call(t.app, 'POST', `${url}/progress-updates`, {
      headers: editor,
      body: {
        period: '2025',
        narrative: 'Two markets compost their organic waste.',
        values: [{ indicatorId, period: '2025', value: 62 }],
        evidence: [],
      },
    });
    expect(update.status).toBe(201);
    const review = (headers: Record<string, string>, body?: unknown) =>
      call(
        t.app,
        'POST',
        `${url}/progress-updates/${update.body.id as string}/${body ? 'review' : 'submit'}`,
        {
          headers,
          body,
        },
      );
    expect((await review(editor, { action: 'approve' })).status).toBe(403);
    expect((await review(editor)).status).toBe(200);
    expect((await review(await as.focal(), { action: 'approve' })).body.status).toBe('approved');

    const page = await call(t.app, 'GET', url);
    const profile = page.body.profile as {
      society: number;
      economy: number;
      multiDimensional: boolean;
    };
    // 11.6 high (3) and the 3.9 trade-off (−1) are society; 8.3 medium (2) is economy.
    expect(profile).toMatchObject({ society: 3 - 1, economy: 2, multiDimensional: true });
    const actual = JSON.stringify(page.body.results);
    expect(actual).toContain('"actual":62');

    const portfolio = await call(
      t.app,
      'GET',
      '/api/v1/projects?goal=8&dimension=economy&country=KHM',
    );
    expect(
      (portfolio.body.items as { project: { id: string } }[]).map((i) => i.project.id),
    ).toContain(id);

    const suggestions = await call(t.app, 'GET', `${url}/suggestions`);
    const text = suggestions.body.text as {
      goal: number;
      target: string | null;
      system: string;
      matches: unknown[];
    }[];
    expect(text.length).toBeGreaterThan(0);
    expect(text.every((s) => s.matches.length > 0 && s.system !== '')).toBe(true);
    const pick = text.find((s) => s.target !== null && s.target !== '11.6' && s.target !== '8.3');
    expect(pick?.target).toBeDefined();
    {
      const accepted = await call(t.app, 'POST', `${url}/suggestions/accept`, {
        headers: editor,
        body: { source: 'tagger', target: pick?.target, kind: 'co_benefit', size: 'low' },
      });
      expect(accepted.body.origin).toBe('tagger');
    }

    const xml = await t.app.inject({ method: 'GET', url: `${url}/iati.xml` });
    expect(xml.statusCode).toBe(200);
    expect(xml.body).toContain('<tag vocabulary="3" code="11.6"/>');
    expect(xml.body).toContain('<sector vocabulary="7" code="11" percentage="50"/>');
    expect(xml.body).toContain('<reference vocabulary="9" code="11.6.1"/>');
    if (!hasXmllint) return console.warn('xmllint is absent: IATI schema validation skipped');
    expect(validateIati(xml.body)).toBe('valid');
    const city = await t.app.inject({ method: 'GET', url: '/api/v1/cities/battambang/iati.xml' });
    expect(validateIati(city.body)).toBe('valid');
    const none = await call(t.app, 'GET', '/api/v1/cities/bangkok/iati.xml');
    expect(none.status).toBe(404);
  });

  it('describes every project route’s responses in the OpenAPI document', async () => {
    const doc = (await call(t.app, 'GET', '/api/docs/json')).body as {
      paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
    };
    const mine = Object.entries(doc.paths).filter(
      ([path]) => path.startsWith('/api/v1/projects') || /\/(projects|iati\.xml)$/.test(path),
    );
    expect(mine.length).toBeGreaterThanOrEqual(10);
    for (const [path, operations] of mine)
      for (const [method, op] of Object.entries(operations)) {
        const ok = Object.keys(op.responses).find((code) => code.startsWith('2'));
        expect(ok, `${method} ${path}`).toBeDefined();
        expect(Object.keys(op.responses), `${method} ${path}`).toContain('404');
      }
    const suggestions = JSON.stringify(doc.paths['/api/v1/projects/{id}/suggestions']);
    expect(suggestions).toContain('Linked by a synergy');
    expect(suggestions).toContain('From the curated links, listed apart from the data');
  });

  it('keeps ideas from the public and shows them to the city team', async () => {
    const idea = await create(buildProject({ status: 'idea', title: 'An idea' }));
    const url = `/api/v1/projects/${idea.body.id as string}`;
    expect((await call(t.app, 'GET', url)).status).toBe(404);
    expect((await call(t.app, 'GET', url, { headers: await as.editor() })).status).toBe(200);
  });
});

// xmllint itself must refuse a broken file, or the validation above could not fail.
describe('the IATI schema check', () => {
  it.runIf(hasXmllint)('refuses an activity without its required elements', () => {
    expect(
      validateIati('<iati-activities version="2.03"><iati-activity/></iati-activities>'),
    ).not.toBe('valid');
  });
});
