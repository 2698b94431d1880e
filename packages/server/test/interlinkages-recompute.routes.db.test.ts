import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from './accounts-fixtures';
import { alignedValues, buildInterlinkagesApp, handSpearman } from './interlinkages-fixtures';

let t: Awaited<ReturnType<typeof buildInterlinkagesApp>>;
let admin: () => Promise<Record<string, string>>;
let area: string;
beforeAll(async () => {
  t = await buildInterlinkagesApp();
  const user = await t.createUser([{ role: 'secretariat' }]);
  admin = () => t.sessionHeaders(user.id);
  area = `city:${(await t.city('battambang')).id}`;
});
afterAll(async () => t.close());

const YEARS = [2015, 2016, 2017, 2018, 2019, 2020];
/** Maternal mortality (lower is better, target 3.1) and access to electricity (higher, 7.1). */
const MMR = [200, 190, 185, 170, 160, 150];
const ELECTRICITY = [60, 65, 63, 70, 75, 80];

const save = async (series: string, values: readonly number[]) =>
  call(t.app, 'PUT', '/api/v1/cities/battambang/observations', {
    headers: await admin(),
    body: { entries: values.map((value, i) => ({ series, year: YEARS[i], value })) },
  });
const publish = async () => {
  // Straight from the table: a value marked deleted is a draft too, though no view lists it.
  const ids = (
    await t.handle.db
      .selectFrom('observation')
      .select('id')
      .where('area_key', '=', area)
      .where('status', '=', 'draft')
      .execute()
  ).map((o) => o.id);
  for (const [path, body] of [
    ['/api/v1/cities/battambang/observations/submit', { ids }],
    ['/api/v1/observations/review', { ids, decision: 'approve' }],
  ] as const) {
    const res = await call(t.app, 'POST', path, { headers: await admin(), body });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
  }
};
type CityNetwork = {
  run: { id: string; fingerprint: string; counts: { seriesPairs: number } } | null;
  reason: string | null;
  edges: { a: string; b: string; kind: string; seriesPairs: { rho: number; n: number }[] }[];
};
const cityNetwork = async () =>
  (await call(t.app, 'GET', '/api/v1/interlinkages/cities/battambang'))
    .body as unknown as CityNetwork;
const byHand = async () =>
  handSpearman(
    await alignedValues(t.handle.db, area, 'SH_STA_MMR'),
    await alignedValues(t.handle.db, area, 'EG_ELC_ACCS'),
  );

describe('a city’s network follows its approved data', () => {
  let first: CityNetwork;

  it('has no network while the values are drafts: they are not approved data', async () => {
    expect((await save('SH_STA_MMR', MMR)).status).toBe(200);
    expect((await save('EG_ELC_ACCS', ELECTRICITY)).status).toBe(200);
    const network = await cityNetwork();
    expect(network.run).toBeNull();
    expect(network.reason).toMatch(/Not enough data/);
  });

  it('computes the network once the values are approved, ρ as by hand', async () => {
    await publish();
    first = await cityNetwork();
    expect(first.run?.counts.seriesPairs).toBe(1);
    const expected = await byHand();
    expect(expected.n).toBe(YEARS.length);
    const [edge] = first.edges;
    expect(edge).toMatchObject({ a: '3.1', b: '7.1', kind: 'synergy' });
    expect(edge?.seriesPairs[0]?.rho).toBeCloseTo(expected.rho!, 12);
    expect((await cityNetwork()).run?.id).toBe(first.run?.id);
  });

  it('keeps the stored run while a change awaits approval, and recomputes after it', async () => {
    const changed = ELECTRICITY.map((v, i) => (i === 1 ? 90 : v));
    await save('EG_ELC_ACCS', changed);
    expect((await cityNetwork()).run?.id).toBe(first.run?.id);
    await publish();
    const second = await cityNetwork();
    expect(second.run?.id).not.toBe(first.run?.id);
    expect(second.run?.fingerprint).not.toBe(first.run?.fingerprint);
    const expected = await byHand();
    const stored = await t.handle.db
      .selectFrom('interlinkage_series_link')
      .select(['run_id', 'rho'])
      .where('run_id', 'in', [first.run!.id, second.run!.id])
      .execute();
    expect(stored.map((r) => r.run_id)).toEqual([second.run!.id]);
    expect(Number(stored[0]?.rho)).toBeCloseTo(expected.rho!, 12);
    expect(Math.abs(expected.rho!)).toBeLessThan(0.6);
    expect(second.edges).toEqual([]);
  });

  it('suggests from the city’s own network, and from its country’s for a city without one', async () => {
    const own = await call(
      t.app,
      'GET',
      '/api/v1/interlinkages/suggestions?targets=3.1&scope=battambang',
    );
    expect(own.body).toMatchObject({ basis: { kind: 'city', code: 'battambang' } });
    const fallback = await call(
      t.app,
      'GET',
      '/api/v1/interlinkages/suggestions?targets=3.1&scope=siem-reap',
    );
    expect(fallback.status).toBe(200);
    expect(fallback.body).toMatchObject({
      scope: { kind: 'city', code: 'siem-reap' },
      basis: { kind: 'country', code: 'KHM' },
    });
  });

  it('drops its network once approved deletions leave no pair with enough years', async () => {
    const deleted = await call(t.app, 'PUT', '/api/v1/cities/battambang/observations', {
      headers: await admin(),
      body: {
        entries: YEARS.slice(0, 2).map((year) => ({ series: 'SH_STA_MMR', year, value: null })),
      },
    });
    expect(deleted.body).toMatchObject({ deleted: 2 });
    await publish();
    expect((await byHand()).n).toBeLessThan(5);
    expect(await cityNetwork()).toMatchObject({ run: null, edges: [] });
    const runs = await t.handle.db
      .selectFrom('interlinkage_run')
      .select('id')
      .where('scope', '=', area)
      .execute();
    expect(runs).toEqual([]);
  });
});
