import { seedCodebook, seedReferenceData } from '@frontrunner/db';
import { createTestDatabase } from '@frontrunner/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getCityScores } from '../scoring/scores.service';
import { getCityArea } from './area';
import {
  DEMO_DATA_CITIES,
  DEMO_DATA_SOURCE,
  demoSeries,
  seedDemoObservations,
} from './demo-observations.service';
import { listObservations } from './observation.service';

let handle: Awaited<ReturnType<typeof createTestDatabase>>;
const clock = () => new Date('2026-02-01T00:00:00Z');

beforeAll(async () => {
  handle = await createTestDatabase();
  await seedReferenceData(handle);
  await seedCodebook(handle);
});
afterAll(async () => handle.destroy());

describe('demo values', () => {
  it('are the same on every start and stay between the optimum and the lower bound', () => {
    const entry = { series: 'FR_TEST', optimum: 0, green: 10, red: 25, lowerBound: 60 };
    const a = demoSeries('phnom-penh', entry);
    expect(a).toEqual(demoSeries('phnom-penh', entry));
    expect(a.every((p) => p.value >= 0 && p.value <= 60)).toBe(true);
  });

  it('are seeded once, approved and public, marked demo, and give the city a dashboard', async () => {
    expect(await seedDemoObservations({ db: handle.db, clock })).toBe(true);
    expect(await seedDemoObservations({ db: handle.db, clock })).toBe(false);
    for (const slug of DEMO_DATA_CITIES) {
      const area = await getCityArea(handle.db, slug);
      const published = await listObservations(
        handle.db,
        { kind: 'anonymous' },
        { area, view: 'public' },
      );
      expect(published.items.length, slug).toBeGreaterThan(100);
      expect(
        published.items.every((o) => o.source === DEMO_DATA_SOURCE && o.status === 'approved'),
      ).toBe(true);
    }
    const scores = await getCityScores(handle.db, 'phnom-penh', {}, clock);
    expect(scores.goals.filter((g) => g.score !== null).length).toBeGreaterThan(10);
  });
});
