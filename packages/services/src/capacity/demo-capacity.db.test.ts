import { seedReferenceData } from '@frontrunner/db';
import { createTestDatabase } from '@frontrunner/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_OPERATOR } from '../access/actor';
import { cohortProgress } from './cohort-progress.service';
import { listCohorts } from './cohort.service';
import { DEMO_COHORT, seedDemoCapacity } from './demo-capacity.service';
import { cityAwareness } from './survey.service';

let handle: Awaited<ReturnType<typeof createTestDatabase>>;
const clock = () => new Date('2030-07-01T00:00:00Z');

beforeAll(async () => {
  handle = await createTestDatabase();
  await seedReferenceData(handle);
});
afterAll(async () => handle.destroy());

describe('demo capacity data', () => {
  it('seeds a cohort of three cities with trainings, awareness 20% → 80% and a submitted self-assessment, once', async () => {
    expect(await seedDemoCapacity({ db: handle.db, clock })).toBe(true);
    expect(await seedDemoCapacity({ db: handle.db, clock })).toBe(false);
    const cohorts = (await listCohorts(handle.db)).filter((c) => c.name === DEMO_COHORT);
    expect(cohorts).toHaveLength(1);
    expect(cohorts[0]?.description).toMatch(/demo/i);
    const awareness = await cityAwareness(handle.db, 'phnom-penh');
    expect(awareness.points.map((p) => [p.round, p.n, p.share])).toEqual([
      ['baseline', 10, 0.2],
      ['follow_up', 10, 0.8],
    ]);
    const progress = await cohortProgress(
      handle.db,
      { actor: LOCAL_OPERATOR },
      cohorts[0]?.id ?? '',
    );
    expect(progress.cities).toHaveLength(3);
    const pp = progress.cities.find((c) => c.city.slug === 'phnom-penh');
    expect(pp?.trainingsAttended).toEqual({ people: 2, trainings: 1 });
    // Phnom Penh's team starts its own; Siem Reap's waits for the demo reviewer.
    expect(pp?.assessment).toBeNull();
    const sr = progress.cities.find((c) => c.city.slug === 'siem-reap');
    expect(sr?.assessment?.status).toBe('submitted');
  });
});
