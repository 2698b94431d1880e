import { cityProfileRepository, type Executor } from '@frontrunner/db';
import type { Actor } from '../access/actor';
import type { Clock } from '../clock';
import { updateCityProgramme } from '../geo/city-programme.service';

/**
 * The demo mentor city: Surabaya, a frontrunner of the demo network, whose demo editor
 * (docs/demo.md) answers the requests the demo cities send it.
 */
export const DEMO_MENTOR_CITY = 'surabaya';

const DEMO: Actor = { kind: 'system', id: 'system:demo-seed' };

/**
 * Demo data for the city-to-city network (server in demo mode only): makes Surabaya a
 * frontrunner, so that it is suggested as a mentor of the demo cohort's cities, through the
 * ordinary (audited) service. Once: answers false when Surabaya is in the programme already,
 * and leaves a stage someone set alone.
 */
export async function seedDemoNetwork(deps: { db: Executor; clock: Clock }): Promise<boolean> {
  const [city] = await cityProfileRepository.listCityProfiles(deps.db, { slug: DEMO_MENTOR_CITY });
  if (!city || city.stage !== 'none') return false;
  await updateCityProgramme(deps, { actor: DEMO }, DEMO_MENTOR_CITY, { stage: 'frontrunner' });
  return true;
}
