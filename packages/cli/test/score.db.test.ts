import { seedCodebook, seedReferenceData } from '@frontrunner/db';
import { ASEAN_COUNTRIES } from '@frontrunner/domain';
import { createTestDatabase } from '@frontrunner/db/testing';
import {
  LOCAL_OPERATOR,
  observationService,
  scoreService,
  systemClock,
} from '@frontrunner/services';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './support/run-cli';

let handle: Awaited<ReturnType<typeof createTestDatabase>>;
const dir = mkdtempSync(join(tmpdir(), 'cli-score-'));
const ctx = { actor: LOCAL_OPERATOR };

/** Runs the CLI against the test database (in this process: support/run-cli.ts). */
const cli = (args: string[]) => runCli(handle, args);

/** Enters, submits and approves values of a city, as the local operator. */
async function publish(slug: string, entries: { series: string; year: number; value: number }[]) {
  const area = await observationService.getCityArea(handle.db, slug);
  await observationService.saveObservations(
    handle.db,
    ctx,
    { area, entries: entries.map((e) => ({ ...e, disaggregation: {} })) },
    systemClock,
  );
  const { items } = await observationService.listObservations(handle.db, LOCAL_OPERATOR, {
    area,
    view: 'working',
  });
  const ids = items.filter((o) => o.status === 'draft').map((o) => o.id);
  for (const action of ['submit', 'approve'] as const)
    await observationService.reviewObservations(handle.db, ctx, { ids, action }, systemClock);
}

beforeAll(async () => {
  handle = await createTestDatabase();
  await seedReferenceData(handle);
  await seedCodebook(handle);
  const { entries } = await scoreService.getCodebook(handle.db);
  await publish(
    'vientiane',
    entries.slice(0, 45).flatMap((e, i) => {
      const at = (f: number) => e.lowerBound + f * (e.optimum - e.lowerBound);
      return [
        { series: e.series, year: 2017, value: at(((i * 29) % 90) / 100) },
        { series: e.series, year: 2023, value: at(((i * 29) % 100) / 100) },
      ];
    }),
  );
});
afterAll(async () => handle.destroy());

describe('frontrunner score --city', () => {
  it('prints the stored scores byte for byte as the file mode prints the same approved values', async () => {
    const stored = await cli(['score', '--city', 'vientiane', '--json']);
    expect(stored.code, stored.stderr).toBe(0);
    const { entries } = await scoreService.getCodebook(handle.db);
    const codebook = join(dir, 'codebook.csv');
    writeFileSync(
      codebook,
      'series,goal,optimum,green,red,lower_bound,direction\n' +
        entries
          .map((e) =>
            [e.series, e.goal, e.optimum, e.green, e.red, e.lowerBound, e.direction].join(','),
          )
          .join('\n'),
    );
    const area = await observationService.getCityArea(handle.db, 'vientiane');
    const { items } = await observationService.listObservations(handle.db, LOCAL_OPERATOR, {
      area,
      view: 'public',
    });
    const observations = join(dir, 'observations.csv');
    writeFileSync(
      observations,
      'unit,series,year,value\n' +
        items.map((o) => `vientiane,${o.series},${o.year},${o.value}`).join('\n'),
    );
    const files = await cli([
      'score',
      '--codebook',
      codebook,
      '--observations',
      observations,
      '--json',
    ]);
    expect(files.code, files.stderr).toBe(0);
    expect(stored.stdout).toBe(files.stdout);
    expect(
      (JSON.parse(stored.stdout) as { units: { index: number | null }[] }).units[0]?.index,
    ).not.toBeNull();
  });

  it('exits 3 for an unknown city and 2 for a mix of modes', async () => {
    expect((await cli(['score', '--city', 'atlantis'])).code).toBe(3);
    expect((await cli(['score', '--city', 'vientiane', '--codebook', 'x.csv'])).code).toBe(2);
    expect((await cli(['score', '--all'])).code).toBe(2);
  });
});

describe('frontrunner score --recompute', () => {
  it('brings every stale score up to date, roll-ups included, and then finds nothing stale', async () => {
    // The CLI's start seeds the published city series: their cities have no stored scores yet.
    const first = JSON.parse((await cli(['score', '--recompute', '--json'])).stdout) as {
      checked: number;
      recomputed: number;
    };
    expect(first).toMatchObject({ countries: ASEAN_COUNTRIES.length, asean: true });
    expect(first.recomputed).toBe(first.checked - 1);
    expect(JSON.parse((await cli(['score', '--recompute', '--json'])).stdout)).toMatchObject({
      recomputed: 0,
      countries: 0,
      asean: false,
    });
  });

  it('finds a score made stale by a new city target, writes nothing on a dry run, then recomputes it', async () => {
    const area = await observationService.getCityArea(handle.db, 'vientiane');
    await observationService.setCityTarget(
      handle.db,
      ctx,
      { area, series: 'FR_SAFE_WATER', disaggregation: {}, targetValue: 99, targetYear: 2030 },
      systemClock,
    );
    expect(
      JSON.parse((await cli(['score', '--recompute', '--dry-run', '--json'])).stdout),
    ).toMatchObject({
      recomputed: 1,
      dryRun: true,
    });
    expect(JSON.parse((await cli(['score', '--recompute', '--json'])).stdout)).toMatchObject({
      recomputed: 1,
      countries: 1,
      asean: true,
    });
    const water = (
      await scoreService.getCityScores(handle.db, 'vientiane', {}, systemClock)
    ).indicators.find((i) => i.series === 'FR_SAFE_WATER');
    expect(water?.target).toEqual({ value: 99, year: 2030 });
  });
});
