import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from './accounts-fixtures';
import { buildInterlinkagesApp } from './interlinkages-fixtures';

let t: Awaited<ReturnType<typeof buildInterlinkagesApp>>;
const as: Record<'admin' | 'focal' | 'editor', () => Promise<Record<string, string>>> = {} as never;
beforeAll(async () => {
  t = await buildInterlinkagesApp();
  const users = {
    admin: await t.createUser([{ role: 'secretariat' }]),
    focal: await t.createUser([{ role: 'focal_point', country: 'KHM' }]),
    editor: await t.createUser([{ role: 'city_editor', city: 'phnom-penh' }]),
  };
  for (const [name, user] of Object.entries(users))
    as[name as keyof typeof as] = () => t.sessionHeaders(user.id);
});
afterAll(async () => t.close());

const URL = '/api/v1/interlinkages/curated';
const LINK = {
  a: '7.2',
  b: '13.2',
  kind: 'synergy',
  citation: 'Nilsson, Griggs & Visbeck (2016), Nature 534',
};
const post = async (body: unknown, who: keyof typeof as = 'admin') =>
  call(t.app, 'POST', URL, { headers: await as[who](), body });
let id = '';

describe('curated links', () => {
  it('may be added by the secretariat only, in code order, and are listed publicly', async () => {
    expect((await call(t.app, 'POST', URL, { body: LINK })).status).toBe(401);
    expect((await post(LINK, 'focal')).status).toBe(403);
    expect((await post(LINK, 'editor')).status).toBe(403);
    const created = await post({ ...LINK, note: '  renewables cut emissions ' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ a: '13.2', b: '7.2', note: 'renewables cut emissions' });
    id = String(created.body.id);
    const listed = await call(t.app, 'GET', `${URL}?target=7.2`);
    expect((listed.body.items as { id: string }[]).map((l) => l.id)).toEqual([id]);
  });

  it.each([
    [{ ...LINK, b: '7.2' }, 'b', 400],
    [{ ...LINK, a: '18.1' }, 'a', 400],
    [{ ...LINK, a: '7' }, 'body.a', 400],
    [{ ...LINK, citation: '   ' }, 'citation', 400],
    [{ ...LINK, kind: 'none' }, 'body.kind', 400],
    [{ ...LINK, a: '13.2', b: '7.2' }, null, 409],
  ])('refuses %j, naming %s (%i)', async (body, field, status) => {
    const res = await post(body);
    expect(res.status, JSON.stringify(res.body)).toBe(status);
    if (field)
      expect(res.body).toHaveProperty('error.details', [expect.objectContaining({ field })]);
  });

  it('are changed and removed by the secretariat, with before and after in the audit trail', async () => {
    expect(
      (await call(t.app, 'PATCH', `${URL}/${id}`, { headers: await as.focal(), body: {} })).status,
    ).toBe(403);
    const changed = await call(t.app, 'PATCH', `${URL}/${id}`, {
      headers: await as.admin(),
      body: { note: null, kind: 'trade-off' },
    });
    expect(changed.body).toMatchObject({ kind: 'trade-off', note: null, citation: LINK.citation });
    const missing = '00000000-0000-4000-8000-000000000000';
    for (const method of ['PATCH', 'DELETE'] as const)
      expect(
        (await call(t.app, method, `${URL}/${missing}`, { headers: await as.admin(), body: {} }))
          .status,
      ).toBe(404);
    expect(
      (await call(t.app, 'PATCH', `${URL}/not-a-uuid`, { headers: await as.admin(), body: {} }))
        .status,
    ).toBe(400);
    const audit = await call(t.app, 'GET', '/api/v1/audit?entity=interlinkage_curated_link', {
      headers: await as.admin(),
    });
    const [latest] = audit.body.items as { action: string; before: unknown; after: unknown }[];
    expect(latest).toMatchObject({
      action: 'interlinkage.curate',
      before: { kind: 'synergy' },
      after: { kind: 'trade-off' },
    });
  });

  it('never enter the statistics of the data-derived network, and are suggested apart', async () => {
    const before = (await call(t.app, 'GET', '/api/v1/interlinkages/countries/KHM')).body;
    const edge = (before.edges as { a: string; b: string; kind: string }[]).find(
      (e) => e.kind === 'synergy',
    )!;
    await post({ a: edge.a, b: edge.b, kind: 'trade-off', citation: 'A contrary study (2020)' });
    const after = (await call(t.app, 'GET', '/api/v1/interlinkages/countries/KHM')).body;
    for (const key of ['run', 'nodes', 'edges', 'goalMatrix'])
      expect(after[key], key).toEqual(before[key]);
    expect((after.curated as unknown[]).length).toBe((before.curated as unknown[]).length + 1);
    const suggested = await call(
      t.app,
      'GET',
      `/api/v1/interlinkages/suggestions?targets=${edge.a}&scope=KHM`,
    );
    const body = suggested.body as {
      dataDerived: { coBenefits: { target: string; seriesPairs: unknown[] }[]; risks: unknown[] };
      curated: { risks: { target: string; link: { citation: string } }[] };
    };
    const data = body.dataDerived.coBenefits.find((s) => s.target === edge.b);
    expect(data?.seriesPairs.length).toBeGreaterThan(0);
    expect(body.curated.risks).toEqual([
      expect.objectContaining({
        target: edge.b,
        link: expect.objectContaining({ citation: 'A contrary study (2020)' }),
      }),
    ]);
  });

  it('are removed with DELETE, which the audit trail keeps', async () => {
    const removed = await call(t.app, 'DELETE', `${URL}/${id}`, { headers: await as.admin() });
    expect(removed.status).toBe(204);
    const listed = await call(t.app, 'GET', URL);
    expect((listed.body.items as { id: string }[]).map((l) => l.id)).not.toContain(id);
    const audit = await call(t.app, 'GET', '/api/v1/audit?entity=interlinkage_curated_link', {
      headers: await as.admin(),
    });
    expect((audit.body.items as unknown[])[0]).toMatchObject({
      entityId: id,
      before: { id, citation: LINK.citation },
      after: null,
    });
  });
});
