import { seedReferenceData } from '@frontrunner/db';
import { createTestDatabase } from '@frontrunner/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoUsers } from '../accounts/demo.service';
import { systemClock } from '../clock';
import { mentorsFor } from './recommend.service';
import { DEMO_MENTOR_CITY, seedDemoNetwork } from './demo-network.service';

let handle: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  handle = await createTestDatabase();
  await seedReferenceData(handle);
});
afterAll(async () => handle.destroy());

describe('the demo network', () => {
  it('makes Surabaya a frontrunner suggested to Phnom Penh, once, with a demo editor', async () => {
    const deps = { db: handle.db, clock: systemClock };
    expect(await seedDemoNetwork(deps)).toBe(true);
    expect(await seedDemoNetwork(deps)).toBe(false);
    const mentors = await mentorsFor(handle.db, { actor: { kind: 'anonymous' } }, 'phnom-penh');
    expect(mentors.items.map((m) => m.city.slug)).toContain(DEMO_MENTOR_CITY);
    await seedDemoUsers(deps);
    const editor = await handle.db
      .selectFrom('role_assignment')
      .innerJoin('city', 'city.id', 'role_assignment.city_id')
      .select(['role_assignment.role'])
      .where('city.slug', '=', DEMO_MENTOR_CITY)
      .execute();
    expect(editor.map((a) => a.role)).toContain('city_editor');
  });
});
