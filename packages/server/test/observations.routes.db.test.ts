import { seriesRepository } from '@frontrunner/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAccountsApp, call } from './accounts-fixtures';

let t: Awaited<ReturnType<typeof buildAccountsApp>>;
const as: Record<
  'admin' | 'editor' | 'otherEditor' | 'focalKhm' | 'focalTha' | 'viewer',
  () => Promise<Record<string, string>>
> = {} as never;

beforeAll(async () => {
  t = await buildAccountsApp();
  const now = new Date().toISOString();
  await seriesRepository.insertSeries(t.handle.db, [
    {
      id: 'series-waste',
      code: 'FR_TEST_WASTE',
      indicator_id: null,
      local_indicator_id: null,
      name: 'Waste collected',
      unit: 'percent',
      direction: 'higher',
      decimals: 1,
      source: null,
      created_at: now,
      updated_at: now,
    },
  ]);
  const users = {
    admin: await t.createUser([{ role: 'secretariat' }]),
    editor: await t.createUser([{ role: 'city_editor', city: 'battambang' }]),
    otherEditor: await t.createUser([{ role: 'city_editor', city: 'bangkok' }]),
    focalKhm: await t.createUser([{ role: 'focal_point', country: 'KHM' }]),
    focalTha: await t.createUser([{ role: 'focal_point', country: 'THA' }]),
    viewer: await t.createUser([{ role: 'city_viewer', city: 'battambang' }]),
  };
  for (const [name, user] of Object.entries(users))
    as[name as keyof typeof as] = () => t.sessionHeaders(user.id);
});
afterAll(async () => t.close());

type Obs = {
  id: string;
  year: number;
  value: number;
  status: string;
  disaggregation: Record<string, string>;
};
const values = async (view: 'public' | 'working', headers: Record<string, string> = {}) => {
  const res = await call(
    t.app,
    'GET',
    `/api/v1/cities/battambang/observations?view=${view}&series=FR_TEST_WASTE`,
    { headers },
  );
  return res.body as { view: string; items: Obs[] };
};
const entries = [
  { series: 'FR_TEST_WASTE', year: 2021, value: 61.5 },
  {
    series: 'FR_TEST_WASTE',
    year: 2022,
    value: 64,
    disaggregation: { area: 'urban' },
    footnote: '=HYPERLINK("http://x")',
  },
];
const csvUpload = async (text: string, dryRun: boolean, headers: Record<string, string>) => {
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/v1/cities/battambang/imports?format=csv&filename=battambang.csv&dryRun=${dryRun}`,
    headers: { ...headers, 'content-type': 'text/csv' },
    payload: text,
  });
  return { status: res.statusCode, body: res.json() as Record<string, unknown> };
};

describe('entering, reviewing and publishing a city’s values', () => {
  it('saves drafts that only the city’s team sees, and saving the same again changes nothing', async () => {
    const saved = await call(t.app, 'PUT', '/api/v1/cities/battambang/observations', {
      headers: await as.editor(),
      body: { entries, reason: 'first entry' },
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body).toMatchObject({ inserted: 2, changed: 0, unchanged: 0 });
    const again = await call(t.app, 'PUT', '/api/v1/cities/battambang/observations', {
      headers: await as.editor(),
      body: { entries },
    });
    expect(again.body).toMatchObject({ inserted: 0, changed: 0, unchanged: 2 });
    expect((await values('public')).items).toEqual([]);
    expect((await values('working')).view).toBe('public');
    const working = await values('working', await as.viewer());
    expect(working.view).toBe('working');
    expect(working.items.map((o) => o.status)).toEqual(['draft', 'draft']);
  });

  it('refuses writes from outside the city and from the public', async () => {
    const other = await call(t.app, 'PUT', '/api/v1/cities/battambang/observations', {
      headers: await as.otherEditor(),
      body: { entries },
    });
    expect(other.status).toBe(403);
    const anonymous = await call(t.app, 'PUT', '/api/v1/cities/battambang/observations', {
      body: { entries },
    });
    expect(anonymous.status).toBe(401);
    const viewer = await call(t.app, 'PUT', '/api/v1/cities/battambang/observations', {
      headers: await as.viewer(),
      body: { entries },
    });
    expect(viewer.status).toBe(403);
  });

  it('goes through submission, return with a comment, resubmission and approval, then becomes public', async () => {
    const ids = (await values('working', await as.editor())).items.map((o) => o.id);
    expect(
      (
        await call(t.app, 'POST', '/api/v1/cities/battambang/observations/submit', {
          headers: await as.editor(),
          body: { ids },
        })
      ).status,
    ).toBe(200);
    const queue = await call(t.app, 'GET', '/api/v1/review-queue', {
      headers: await as.focalKhm(),
    });
    expect((queue.body.items as { id: string }[]).map((i) => i.id).sort()).toEqual([...ids].sort());
    expect(
      (await call(t.app, 'GET', '/api/v1/review-queue', { headers: await as.focalTha() })).body
        .total,
    ).toBe(0);
    const foreign = await call(t.app, 'POST', '/api/v1/observations/review', {
      headers: await as.focalTha(),
      body: { ids, decision: 'approve' },
    });
    expect(foreign.status).toBe(403);
    const noComment = await call(t.app, 'POST', '/api/v1/observations/review', {
      headers: await as.focalKhm(),
      body: { ids, decision: 'return' },
    });
    expect(noComment.status).toBe(400);
    const returned = await call(t.app, 'POST', '/api/v1/observations/review', {
      headers: await as.focalKhm(),
      body: { ids, decision: 'return', comment: 'Cite the survey' },
    });
    expect(returned.status).toBe(200);
    await call(t.app, 'POST', '/api/v1/cities/battambang/observations/submit', {
      headers: await as.editor(),
      body: { ids },
    });
    const approved = await call(t.app, 'POST', '/api/v1/observations/review', {
      headers: await as.focalKhm(),
      body: { ids, decision: 'approve' },
    });
    expect(approved.status).toBe(200);
    const published = await values('public');
    expect(published.items.map((o) => [o.year, o.value, o.status])).toEqual([
      [2021, 61.5, 'approved'],
      [2022, 64, 'approved'],
    ]);
    const history = await call(t.app, 'GET', `/api/v1/observations/${ids[0]}/history`, {
      headers: await as.editor(),
    });
    expect(
      (history.body.items as { change: string; reason: string | null }[]).map((v) => [
        v.change,
        v.reason,
      ]),
    ).toEqual([
      ['created', 'first entry'],
      ['submitted', null],
      ['returned', 'Cite the survey'],
      ['submitted', null],
      ['approved', null],
    ]);
    const publicHistory = await call(t.app, 'GET', `/api/v1/observations/${ids[0]}/history`);
    expect(
      (publicHistory.body.items as { status: string }[]).every((v) => v.status === 'approved'),
    ).toBe(true);
  });

  it('keeps showing the approved value publicly while a change awaits approval', async () => {
    await call(t.app, 'PUT', '/api/v1/cities/battambang/observations', {
      headers: await as.editor(),
      body: { entries: [{ series: 'FR_TEST_WASTE', year: 2021, value: 70 }], reason: 'corrected' },
    });
    expect((await values('public')).items.find((o) => o.year === 2021)?.value).toBe(61.5);
    expect(
      (await values('working', await as.editor())).items.find((o) => o.year === 2021),
    ).toMatchObject({ value: 70, status: 'draft' });
  });

  it('shows a reviewer the published value beside the submitted correction', async () => {
    const working = (await values('working', await as.editor())).items;
    const corrected = working.find((o) => o.year === 2021 && o.status === 'draft');
    expect(corrected).toBeDefined();
    await call(t.app, 'POST', '/api/v1/cities/battambang/observations/submit', {
      headers: await as.editor(),
      body: { ids: [corrected!.id] },
    });
    const queue = await call(t.app, 'GET', '/api/v1/review-queue', {
      headers: await as.focalKhm(),
    });
    const item = (
      queue.body.items as { id: string; value: number; approvedValue: number | null }[]
    ).find((i) => i.id === corrected!.id);
    const published = (await values('public')).items.find((o) => o.id === corrected!.id);
    expect(item).toMatchObject({ value: corrected!.value, approvedValue: published!.value });
    expect(item!.approvedValue).not.toBe(item!.value);
  });

  it('previews an import with row-level problems and writes nothing, then imports all or nothing', async () => {
    const before = (await values('working', await as.editor())).items;
    const bad =
      'series,year,value,unit\nFR_TEST_WASTE,2019,55,percent\nFR_TEST_WASTE,2020,abc,percent\nNO_SUCH,2020,1,percent\n';
    const preview = await csvUpload(bad, false, await as.editor());
    expect(preview.status, JSON.stringify(preview.body)).toBe(200);
    expect(preview.body).toMatchObject({ committed: false, problemCount: 2 });
    const problems = preview.body.problems as { row: number; column?: string; kind: string }[];
    expect(problems.map((p) => [p.row, p.kind])).toEqual([
      [3, 'non-numeric'],
      [4, 'unknown-series'],
    ]);
    expect((await values('working', await as.editor())).items).toEqual(before);
    const good =
      'series,year,value,unit\nFR_TEST_WASTE,2019,55,percent\nFR_TEST_WASTE,2020,58,percent\n';
    expect((await csvUpload(good, true, await as.editor())).body).toMatchObject({
      committed: false,
      dryRun: true,
      inserted: 2,
    });
    expect((await csvUpload(good, false, await as.editor())).body).toMatchObject({
      committed: true,
      inserted: 2,
    });
    expect((await csvUpload(good, false, await as.editor())).body).toMatchObject({
      committed: true,
      inserted: 0,
      unchanged: 2,
    });
  });

  it('exports the working values so that importing the export changes nothing', async () => {
    const exported = await t.app.inject({
      method: 'GET',
      url: '/api/v1/cities/battambang/export?format=csv&view=working',
      headers: await as.editor(),
    });
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-disposition']).toContain('battambang-working-csv.csv');
    expect(exported.body).toContain(`'=HYPERLINK`);
    const reimport = await csvUpload(exported.body, false, await as.editor());
    expect(reimport.body).toMatchObject({
      committed: true,
      problemCount: 0,
      inserted: 0,
      changed: 0,
    });
    expect(reimport.body.unchanged).toBe((await values('working', await as.editor())).items.length);
  });

  it('sets a city target with its baseline and refuses a baseline after the target year', async () => {
    const set = await call(t.app, 'PUT', '/api/v1/cities/battambang/targets', {
      headers: await as.editor(),
      body: {
        series: 'FR_TEST_WASTE',
        targetValue: 95,
        targetYear: 2030,
        baselineValue: 55,
        baselineYear: 2019,
      },
    });
    expect(set.status, JSON.stringify(set.body)).toBe(200);
    const bad = await call(t.app, 'PUT', '/api/v1/cities/battambang/targets', {
      headers: await as.editor(),
      body: {
        series: 'FR_TEST_WASTE',
        targetValue: 95,
        targetYear: 2030,
        baselineValue: 55,
        baselineYear: 2031,
      },
    });
    expect(bad.status).toBe(400);
    const list = await call(t.app, 'GET', '/api/v1/cities/battambang/targets');
    expect(list.body.items).toEqual([
      expect.objectContaining({ series: 'FR_TEST_WASTE', targetValue: 95, baselineYear: 2019 }),
    ]);
  });
});
