import { scoresRepository, seedCodebook } from '@frontrunner/db';
import { scoreFiles } from '@frontrunner/services';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAccountsApp, call } from './accounts-fixtures';
import {
  asScoreDocumentUnit,
  codebookCsv,
  publicObservationsCsv,
  publish,
  spreadValues,
  type CityScoresJson,
  type EntryJson,
} from './scores-fixtures';

let t: Awaited<ReturnType<typeof buildAccountsApp>>;
let admin: () => Promise<Record<string, string>>;
let editor: () => Promise<Record<string, string>>;
let focal: () => Promise<Record<string, string>>;
let entries: EntryJson[];
const dir = mkdtempSync(join(tmpdir(), 'scores-routes-'));
/** Safely managed drinking water in six Cambodian cities: a peer group of five or more. */
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

/** What the file scorer computes from a city's public values and the entries applied to it. */
async function fileScores(slug: string, applied: readonly EntryJson[]) {
  const codebook = join(dir, `${slug}-codebook.csv`);
  const observations = join(dir, `${slug}-observations.csv`);
  writeFileSync(codebook, codebookCsv(applied));
  writeFileSync(observations, await publicObservationsCsv(t.app, slug));
  return scoreFiles(codebook, observations);
}

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
  entries = (await call(t.app, 'GET', '/api/v1/codebook')).body.entries as EntryJson[];
  // Phnom Penh reports 46 of the 52 indicators (enough for an index), Bangkok 10.
  await publish(t.app, await admin(), 'phnom-penh', spreadValues(entries, 46));
  await publish(t.app, await admin(), 'bangkok', spreadValues(entries, 10, 3));
  for (const [slug, value] of Object.entries(WATER))
    if (slug !== 'phnom-penh')
      await publish(t.app, await admin(), slug, [{ series: 'FR_SAFE_WATER', year: 2021, value }]);
  await publish(t.app, await admin(), 'phnom-penh', [
    { series: 'FR_SAFE_WATER', year: 2023, value: WATER['phnom-penh'] ?? 0 },
  ]);
});
afterAll(async () => t.close());

describe('stored scores and the file scorer', () => {
  it('agree on every number for a city with an index and one without', async () => {
    for (const slug of ['phnom-penh', 'bangkok', 'battambang']) {
      const stored = await scores(slug);
      const file = await fileScores(
        slug,
        stored.indicators.map((i) => i.entry),
      );
      // The file scorer only knows units with values; a city without any is all grey.
      expect(asScoreDocumentUnit(stored), slug).toEqual(file.units[0]);
    }
    expect((await scores('phnom-penh')).index).not.toBeNull();
    expect((await scores('bangkok')).index).toBeNull();
  });

  it('names the approved observation version behind every scored indicator', async () => {
    const stored = await scores('phnom-penh');
    const water = stored.indicators.find((i) => i.series === 'FR_SAFE_WATER');
    expect(water).toMatchObject({ year: 2023, value: WATER['phnom-penh'] });
    const history = await call(
      t.app,
      'GET',
      `/api/v1/observations/${water?.observation?.id}/history`,
    );
    const versions = history.body.items as { version: number; status: string; value: number }[];
    expect(versions.find((v) => v.version === water?.observation?.version)).toMatchObject({
      status: 'approved',
      value: WATER['phnom-penh'],
    });
    for (const i of stored.indicators) expect(i.observation === null).toBe(i.score === null);
    const trended = stored.indicators.find((i) => i.series === 'FR_STUNTING');
    expect(trended?.base?.year).toBe(2016);
    expect(trended?.base?.observation.id).not.toBe(trended?.observation?.id);
  });
});

describe('distance to target', () => {
  it('measures an indicator against the city’s own target, and a goal by the mean of its indicators', async () => {
    const res = await call(t.app, 'PUT', '/api/v1/cities/phnom-penh/targets', {
      headers: await admin(),
      body: { series: 'FR_SAFE_WATER', targetValue: 95, targetYear: 2030 },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const stored = await scores('phnom-penh');
    const water = stored.indicators.find((i) => i.series === 'FR_SAFE_WATER');
    const { lowerBound } = water?.entry ?? { lowerBound: 0 };
    const expected = Math.min(
      100,
      Math.max(0, (100 * ((water?.value ?? 0) - lowerBound)) / (95 - lowerBound)),
    );
    expect(water?.target).toEqual({ value: 95, year: 2030 });
    expect(water?.distance?.endValue).toBe(95);
    expect(water?.distance?.score).toBeCloseTo(expected, 12);
    expect(water?.distance?.distance).toBeCloseTo(100 - expected, 12);
    const six = stored.indicators.filter((i) => i.entry.goal === 6 && i.distance !== null);
    expect(stored.goals.find((g) => g.goal === 6)?.distance).toBeCloseTo(
      six.reduce((sum, i) => sum + (i.distance?.distance ?? 0), 0) / six.length,
      12,
    );
    // Without a target the end value is the optimum, and the distance score is the SDSN score.
    const other = stored.indicators.find(
      (i) => i.series !== 'FR_SAFE_WATER' && i.distance !== null,
    );
    expect(other?.distance).toMatchObject({ endValue: other?.entry.optimum, score: other?.score });
  });
});

describe('which values count', () => {
  it('never counts drafts or values waiting for review', async () => {
    const before = await scores('battambang');
    await call(t.app, 'PUT', '/api/v1/cities/battambang/observations', {
      headers: await editor(),
      body: { entries: [{ series: 'FR_SAFE_WATER', year: 2024, value: 99 }] },
    });
    expect(await scores('battambang')).toMatchObject({ fingerprint: before.fingerprint });
    const working = await call(
      t.app,
      'GET',
      '/api/v1/cities/battambang/observations?view=working',
      {
        headers: await editor(),
      },
    );
    const ids = (working.body.items as { id: string; status: string }[])
      .filter((o) => o.status === 'draft')
      .map((o) => o.id);
    await call(t.app, 'POST', '/api/v1/cities/battambang/observations/submit', {
      headers: await editor(),
      body: { ids },
    });
    expect(await scores('battambang')).toMatchObject({ fingerprint: before.fingerprint });
  });

  it('recomputes the stored score when a value is approved, before anyone reads it', async () => {
    const before = await scores('battambang');
    const queue = await call(t.app, 'GET', '/api/v1/review-queue', { headers: await focal() });
    const ids = (queue.body.items as { id: string; city: string }[]).map((i) => i.id);
    expect(ids.length).toBeGreaterThan(0);
    await call(t.app, 'POST', '/api/v1/observations/review', {
      headers: await focal(),
      body: { ids, decision: 'approve' },
    });
    const city = await t.city('battambang');
    const [stored] = await scoresRepository.listUnitScores(t.handle.db, {
      codebookVersionId: (
        await t.handle.db
          .selectFrom('codebook_version')
          .select('id')
          .where('version', '=', before.codebook.version)
          .executeTakeFirstOrThrow()
      ).id,
      unitKeys: [`city:${city.id}`],
    });
    expect(stored?.fingerprint).not.toBe(before.fingerprint);
    const after = await scores('battambang');
    expect(after.fingerprint).toBe(stored?.fingerprint);
    expect(after.indicators.find((i) => i.series === 'FR_SAFE_WATER')).toMatchObject({
      year: 2024,
      value: 99,
    });
    WATER.battambang = 99;
  });
});

describe('roll-ups', () => {
  it('gives a country the mean of its cities’ goal scores, with how many cities', async () => {
    const country = (await call(t.app, 'GET', '/api/v1/countries/KHM/scores')).body as {
      goals: { goal: number; score: number | null; members: number }[];
      members: { key: string }[];
    };
    const cities = await Promise.all(country.members.map((m) => scores(m.key)));
    for (const goal of country.goals) {
      const own = cities.flatMap((c) =>
        c.goals.filter((g) => g.goal === goal.goal && g.score !== null),
      );
      expect(goal.members).toBe(own.length);
      if (own.length > 0)
        expect(goal.score).toBeCloseTo(
          own.reduce((s, g) => s + (g.score ?? 0), 0) / own.length,
          12,
        );
    }
    expect(country.members.map((m) => m.key).sort()).toEqual(Object.keys(WATER).sort());
  });

  it('weighs every country the same in ASEAN’s roll-up', async () => {
    const asean = (await call(t.app, 'GET', '/api/v1/asean/scores')).body as {
      goals: { goal: number; score: number | null; members: number }[];
      members: { key: string }[];
    };
    expect(asean.members.map((m) => m.key).sort()).toEqual(['KHM', 'THA']);
    const countries = await Promise.all(
      ['KHM', 'THA'].map(
        async (c) => (await call(t.app, 'GET', `/api/v1/countries/${c}/scores`)).body,
      ),
    );
    const six = asean.goals.find((g) => g.goal === 6);
    const own = countries
      .map(
        (c) =>
          (c.goals as { goal: number; score: number | null }[]).find((g) => g.goal === 6)?.score ??
          null,
      )
      .filter((s) => s !== null);
    expect(six?.members).toBe(own.length);
    expect(six?.score).toBeCloseTo(own.reduce((s, v) => s + v, 0) / own.length, 12);
  });
});
