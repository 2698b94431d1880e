import { seedCodebook } from '@frontrunner/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAccountsApp, call } from './accounts-fixtures';
import { publish, type CityScoresJson, type EntryJson } from './scores-fixtures';

let t: Awaited<ReturnType<typeof buildAccountsApp>>;
let admin: () => Promise<Record<string, string>>;
let editor: () => Promise<Record<string, string>>;
let focal: () => Promise<Record<string, string>>;
/** Safely managed drinking water (%) in six Cambodian cities, and one Thai city. */
const WATER: Record<string, number> = {
  'phnom-penh': 81,
  battambang: 62,
  'siem-reap': 55,
  'kampong-cham': 70,
  'kampong-chhnang': 40,
  'prey-veng': 90,
};

const scores = async (slug: string, query = '') =>
  (await call(t.app, 'GET', `/api/v1/cities/${slug}/scores${query}`))
    .body as unknown as CityScoresJson;
const indicator = (s: CityScoresJson, series: string) =>
  s.indicators.find((i) => i.series === series);
const pm25 = (overrides: Record<string, unknown> = {}) => ({
  optimum: 5,
  green: 10,
  red: 25,
  lowerBound: 60,
  justification: 'WHO guideline; a lower bound for ASEAN cities',
  source: 'WHO global air quality guidelines (2021)',
  note: 'Lower bound closer to ASEAN cities',
  ...overrides,
});

beforeAll(async () => {
  t = await buildAccountsApp();
  await seedCodebook(t.handle);
  const users = {
    admin: await t.createUser([{ role: 'secretariat' }]),
    editor: await t.createUser([{ role: 'city_editor', city: 'battambang' }]),
    focal: await t.createUser([{ role: 'focal_point', country: 'KHM' }]),
  };
  admin = () => t.sessionHeaders(users.admin.id);
  editor = () => t.sessionHeaders(users.editor.id);
  focal = () => t.sessionHeaders(users.focal.id);
  for (const [slug, value] of Object.entries(WATER))
    await publish(t.app, await admin(), slug, [
      { series: 'FR_SAFE_WATER', year: 2021, value },
      { series: 'FR_AIR_PM25', year: 2021, value: 30 },
    ]);
  await publish(t.app, await admin(), 'bangkok', [
    { series: 'FR_SAFE_WATER', year: 2021, value: 30 },
  ]);
});
afterAll(async () => t.close());

describe('the codebook', () => {
  it('starts as version 1 with the default city indicator set and a source for every entry', async () => {
    const res = await call(t.app, 'GET', '/api/v1/codebook');
    const body = res.body as {
      codebook: { version: number };
      entries: EntryJson[] & { source: string }[];
    };
    expect(body.codebook.version).toBe(1);
    expect(new Set(body.entries.map((e) => e.goal)).size).toBe(17);
    expect(body.entries.length).toBeGreaterThanOrEqual(40);
  });

  it('makes a new version on an edit, audited, while scores under the old version keep theirs, new data or not', async () => {
    const before = await scores('battambang');
    const res = await call(t.app, 'PUT', '/api/v1/codebook/entries/FR_AIR_PM25', {
      headers: await admin(),
      body: pm25(),
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.codebook).toMatchObject({
      version: 2,
      note: 'Lower bound closer to ASEAN cities',
    });
    const after = await scores('battambang');
    expect(after.codebook.version).toBe(2);
    expect(indicator(after, 'FR_AIR_PM25')?.entry.lowerBound).toBe(60);
    expect(indicator(after, 'FR_AIR_PM25')?.score).not.toBe(
      indicator(before, 'FR_AIR_PM25')?.score,
    );
    // New data after the edit: the newest version takes it, version 1 keeps what it had.
    await publish(t.app, await admin(), 'battambang', [
      { series: 'FR_AIR_PM25', year: 2023, value: 12 },
    ]);
    expect(indicator(await scores('battambang'), 'FR_AIR_PM25')).toMatchObject({ year: 2023 });
    const old = await scores('battambang', '?version=1');
    expect(old).toMatchObject({
      codebook: { version: 1, current: false },
      fingerprint: before.fingerprint,
    });
    expect(indicator(old, 'FR_AIR_PM25')).toEqual(indicator(before, 'FR_AIR_PM25'));
    const goal11 = (s: { goals: { goal: number; score: number | null }[] }) =>
      s.goals.find((g) => g.goal === 11)?.score;
    const peers = await call(
      t.app,
      'GET',
      '/api/v1/cities/battambang/peers?group=country&version=1',
    );
    const self = (
      peers.body.peers as { slug: string; goals: { goal: number; score: number | null }[] }[]
    ).find((p) => p.slug === 'battambang');
    expect(goal11(self ?? { goals: [] })).toBe(goal11(before));
    expect(goal11(after)).not.toBe(goal11(before));
    const audit = await call(t.app, 'GET', '/api/v1/audit?entity=codebook_entry', {
      headers: await admin(),
    });
    expect((audit.body.items as { action: string; after: { version: number } }[])[0]).toMatchObject(
      {
        action: 'codebook.write',
        after: { version: 2, lowerBound: 60 },
      },
    );
  });

  it('refuses an entry whose green threshold is worse than its red one, naming the field', async () => {
    const res = await call(t.app, 'PUT', '/api/v1/codebook/entries/FR_AIR_PM25', {
      headers: await admin(),
      body: pm25({ green: 30 }),
    });
    expect(res.status).toBe(400);
    expect(
      (res.body.error as { details: { field: string }[] }).details.map((d) => d.field),
    ).toEqual(['green']);
  });

  it('answers 404 for an unknown series or version, and 400 for unknown targets', async () => {
    expect(
      (
        await call(t.app, 'PUT', '/api/v1/codebook/entries/NOPE', {
          headers: await admin(),
          body: pm25(),
        })
      ).status,
    ).toBe(404);
    expect((await call(t.app, 'GET', '/api/v1/codebook?version=99')).status).toBe(404);
    expect((await call(t.app, 'GET', '/api/v1/cities/battambang/scores?version=99')).status).toBe(
      404,
    );
    const bad = await call(t.app, 'PUT', '/api/v1/codebook/entries/FR_AIR_PM25', {
      headers: await admin(),
      body: pm25({ targets: ['11.99'] }),
    });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('11.99');
  });

  it('lets only the secretariat change the codebook or set bounds', async () => {
    for (const headers of [await editor(), await focal()]) {
      expect(
        (
          await call(t.app, 'PUT', '/api/v1/codebook/entries/FR_AIR_PM25', {
            headers,
            body: pm25(),
          })
        ).status,
      ).toBe(403);
      expect(
        (
          await call(t.app, 'POST', '/api/v1/peer-groups/country/KHM/lower-bounds', {
            headers,
            body: {},
          })
        ).status,
      ).toBe(403);
    }
    expect(
      (await call(t.app, 'PUT', '/api/v1/codebook/entries/FR_AIR_PM25', { body: pm25() })).status,
    ).toBe(401);
  });
});

describe('peer-group lower bounds', () => {
  it('sets a group’s lower bound at the 2.5th percentile of its cities’ latest values', async () => {
    const res = await call(t.app, 'POST', '/api/v1/peer-groups/country/KHM/lower-bounds', {
      headers: await admin(),
      body: { series: ['FR_SAFE_WATER', 'FR_TB_INCIDENCE'] },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const sorted = Object.values(WATER).sort((a, b) => a - b);
    const at = (sorted.length - 1) * 0.025;
    const low = sorted[Math.floor(at)] ?? 0;
    const expected = low + (at - Math.floor(at)) * ((sorted[Math.ceil(at)] ?? 0) - low);
    expect(res.body).toMatchObject({ version: 3, percentile: 2.5 });
    const bounds = res.body.bounds as { series: string; lowerBound: number; cities: number }[];
    expect(bounds).toHaveLength(1);
    expect(bounds[0]).toMatchObject({ series: 'FR_SAFE_WATER', cities: sorted.length });
    expect(bounds[0]?.lowerBound).toBeCloseTo(expected, 12);
    expect(res.body.skipped).toEqual([
      {
        series: 'FR_TB_INCIDENCE',
        cities: 0,
        reason: '0 cities have a value; at least 5 are needed',
      },
    ]);
  });

  it('applies the group’s bound to its cities only, saying where it came from', async () => {
    const khm = indicator(await scores('siem-reap'), 'FR_SAFE_WATER');
    expect(khm?.lowerBoundFrom).toMatchObject({
      kind: 'peer_group',
      group: { kind: 'country', key: 'KHM' },
      percentile: 2.5,
    });
    expect(khm?.entry.lowerBound).toBeGreaterThan(30);
    const tha = indicator(await scores('bangkok'), 'FR_SAFE_WATER');
    expect(tha?.lowerBoundFrom).toEqual({ kind: 'codebook' });
    const codebook = await call(t.app, 'GET', '/api/v1/codebook');
    expect(tha?.entry.lowerBound).toBe(
      (codebook.body.entries as EntryJson[]).find((e) => e.series === 'FR_SAFE_WATER')?.lowerBound,
    );
  });

  it('lists a city beside its peers, and answers 404 for a group the city lacks', async () => {
    const peers = await call(t.app, 'GET', '/api/v1/cities/siem-reap/peers?group=country');
    expect(peers.body.group).toMatchObject({ kind: 'country', key: 'KHM' });
    expect((peers.body.peers as { slug: string }[]).map((p) => p.slug).sort()).toEqual(
      Object.keys(WATER).sort(),
    );
    expect((await call(t.app, 'GET', '/api/v1/cities/siem-reap/peers?group=cohort')).status).toBe(
      404,
    );
    const bad = await call(t.app, 'GET', '/api/v1/cities/siem-reap/peers?group=galaxy');
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('querystring.group');
    expect(
      (
        await call(t.app, 'POST', '/api/v1/peer-groups/population_class/huge/lower-bounds', {
          headers: await admin(),
          body: {},
        })
      ).status,
    ).toBe(404);
  });

  it('answers 404 for an unknown city or country, 400 for a malformed country code', async () => {
    expect((await call(t.app, 'GET', '/api/v1/cities/atlantis/scores')).status).toBe(404);
    expect((await call(t.app, 'GET', '/api/v1/countries/FRA/scores')).status).toBe(404);
    expect((await call(t.app, 'GET', '/api/v1/countries/12/scores')).status).toBe(400);
  });

  it('explains the method in plain words, naming whose rule each step is', async () => {
    const res = await call(t.app, 'GET', '/api/v1/methods/scoring');
    const steps = res.body.steps as { title: string; source: string }[];
    expect(steps.map((s) => s.title)).toContain('National and ASEAN roll-ups');
    expect(steps.every((s) => s.source.length > 0)).toBe(true);
  });
});
