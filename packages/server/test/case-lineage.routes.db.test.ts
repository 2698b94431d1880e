import { knowledgeService, projectService } from '@frontrunner/services';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAccountsApp, call } from './accounts-fixtures';

let t: Awaited<ReturnType<typeof buildAccountsApp>>;
const clock = () => new Date('2026-02-01T00:00:00Z');

interface Replication {
  projectId: string;
  status: string;
  city: Record<string, unknown>;
  results: { name: string; period: string | null; target: number | null; actual: number | null }[];
}
interface Page {
  case: { id: string; city: Record<string, unknown>; texts: { lang: string }[] };
  replications: Replication[];
}

async function demoCaseOf(citySlug: string): Promise<Page> {
  const list = await call(t.app, 'GET', `/api/v1/cases?city=${citySlug}`);
  const [first] = list.body.items as { id: string }[];
  const read = await call(t.app, 'GET', `/api/v1/cases/${first?.id ?? 'none'}`);
  expect(read.status).toBe(200);
  return read.body as unknown as Page;
}

beforeAll(async () => {
  t = await buildAccountsApp();
  const db = t.handle.db;
  await projectService.seedDemoProjects({ db, clock });
  await knowledgeService.seedDemoCases({ db, clock });
});
afterAll(async () => {
  await t.close();
});

describe('a case page and where the case was replicated', () => {
  it('answers every language version and the replications with actuals against targets', async () => {
    const page = await demoCaseOf('battambang');
    expect(page.case.texts.map((text) => text.lang)).toEqual(['en', 'km']);
    expect(page.case.city).toEqual({ slug: 'battambang', name: 'Battambang', country: 'KHM' });
    expect(page.replications).toHaveLength(1);
    const [siemReap] = page.replications;
    expect(siemReap?.status).toBe('implementing');
    expect(siemReap?.city).toEqual({ slug: 'siem-reap', name: 'Siem Reap', country: 'KHM' });
    expect(siemReap?.results[0]).toMatchObject({
      name: 'Organic waste composted',
      period: '2025',
      target: 400,
      actual: 430,
    });
    const project = await call(t.app, 'GET', `/api/v1/projects/${siemReap?.projectId}`);
    expect(project.status).toBe(200);
  });

  it('says a planned replication has reported nothing yet, and an unreplicated case has none', async () => {
    const surabaya = await demoCaseOf('surabaya');
    expect(surabaya.replications.map((r) => [r.city.slug, r.status])).toEqual([
      ['phnom-penh', 'planned'],
    ]);
    expect(surabaya.replications[0]?.results.every((r) => r.actual === null)).toBe(true);
    expect((await demoCaseOf('chiang-mai')).replications).toEqual([]);
  });

  it('leaves out a project that replicates the case while it is still an idea', async () => {
    const page = await demoCaseOf('chiang-mai');
    const editor = await t.createUser([{ role: 'city_editor', city: 'bangkok' }]);
    const created = await call(t.app, 'POST', '/api/v1/cities/bangkok/projects', {
      headers: await t.sessionHeaders(editor.id),
      body: {
        status: 'idea',
        title: 'Air sensors for Bangkok schools',
        themes: ['clean_air'],
        replicatesCaseId: page.case.id,
      },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect((await demoCaseOf('chiang-mai')).replications).toEqual([]);
  });
});
