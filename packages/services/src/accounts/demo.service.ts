import { userRepository as repo } from '@frontrunner/db';
import type { Actor } from '../access/actor';
import type { AccountsDeps } from './accounts-deps';
import { createActiveUser } from './admin.service';
import type { AssignmentInput } from './assignments';

/**
 * The published password of every demo account (docs/demo.md). Demo accounts are flagged
 * `is_demo`, cannot change it, and exist only when the server runs with `--demo`.
 */
export const DEMO_PASSWORD = 'frontrunner-demo';

/** One demo account per role. */
export const DEMO_USERS: readonly {
  readonly email: string;
  readonly name: string;
  readonly assignments: readonly AssignmentInput[];
}[] = [
  {
    email: 'demo-secretariat@frontrunner.example',
    name: 'Demo Secretariat',
    assignments: [{ role: 'secretariat' }],
  },
  {
    email: 'demo-focal-point@frontrunner.example',
    name: 'Demo Focal Point (Cambodia)',
    assignments: [{ role: 'focal_point', country: 'KHM' }],
  },
  {
    email: 'demo-city-editor@frontrunner.example',
    name: 'Demo City Editor (Phnom Penh)',
    assignments: [{ role: 'city_editor', city: 'phnom-penh' }],
  },
  {
    email: 'demo-city-viewer@frontrunner.example',
    name: 'Demo City Viewer (Phnom Penh)',
    assignments: [{ role: 'city_viewer', city: 'phnom-penh' }],
  },
  {
    // The demo mentor city's editor (Surabaya is a frontrunner in demo mode): answers requests.
    email: 'demo-mentor-editor@frontrunner.example',
    name: 'Demo City Editor (Surabaya)',
    assignments: [{ role: 'city_editor', city: 'surabaya' }],
  },
  {
    email: 'demo-reviewer@frontrunner.example',
    name: 'Demo Reviewer (Phnom Penh, Siem Reap, Battambang)',
    assignments: [
      { role: 'reviewer', city: 'phnom-penh' },
      { role: 'reviewer', city: 'siem-reap' },
      { role: 'reviewer', city: 'battambang' },
    ],
  },
];

const DEMO_SEED: Actor = { kind: 'system', id: 'system:demo-seed' };

/** Creates the demo accounts that are missing; returns the emails created. Idempotent. */
export async function seedDemoUsers(deps: Pick<AccountsDeps, 'db' | 'clock'>): Promise<string[]> {
  const created: string[] = [];
  for (const demo of DEMO_USERS) {
    if (await repo.findUserByEmail(deps.db, demo.email)) continue;
    await createActiveUser(
      deps,
      { actor: DEMO_SEED },
      { ...demo, password: DEMO_PASSWORD, isDemo: true },
    );
    created.push(demo.email);
  }
  return created;
}
