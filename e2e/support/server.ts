import { seedIndicatorData, seedReferenceData } from '@frontrunner/db';
import { createTestDatabase } from '@frontrunner/db/testing';
import { createApp, ensureWebBuild, REPOSITORY_ROOT } from '@frontrunner/server';
import {
  knowledgeService,
  projectService,
  seedDemoCapacity,
  seedDemoUsers,
  systemClock,
  type Mailer,
} from '@frontrunner/services';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import pino from 'pino';

/** What the test server holds besides the reference data. */
export interface TestServerOptions {
  /** Demo mode: one demo account per role (docs/demo.md), and the banner. */
  readonly demo?: boolean;
  /** The published indicator data: series, national series, city values. */
  readonly indicatorData?: boolean;
  /** The demo cohort as `--demo` seeds it: cities at candidate, trainings, surveys, an assessment. */
  readonly demoCapacity?: boolean;
  /** The demo model projects, the demo cases grown from them and the projects replicating them. */
  readonly demoProjects?: boolean;
  /** The demo network as `--demo` seeds it: Surabaya a frontrunner (its demo editor answers). */
  readonly demoNetwork?: boolean;
  /** Where invitation and reset emails go (the server log when absent). */
  readonly mailer?: Mailer;
}

/** The whole platform on a fresh database of the test dialect, on a free port. */
export async function startTestServer(
  options: TestServerOptions = {},
): Promise<{ url: string; stop: () => Promise<void> }> {
  // FRONTRUNNER_WEB_DIST lets a run use a build of its own (the default is the app's dist/).
  const webDist = process.env.FRONTRUNNER_WEB_DIST ?? join(REPOSITORY_ROOT, 'packages/web/dist');
  await ensureWebBuild(webDist, pino({ level: 'warn' }));
  const handle = await createTestDatabase();
  await seedReferenceData(handle);
  if (options.indicatorData) await seedIndicatorData(handle);
  if (options.demo) await seedDemoUsers({ db: handle.db, clock: systemClock });
  if (options.demoCapacity) await seedDemoCapacity({ db: handle.db, clock: systemClock });
  if (options.demoProjects) {
    await projectService.seedDemoProjects({ db: handle.db, clock: systemClock });
    await knowledgeService.seedDemoCases({ db: handle.db, clock: systemClock });
  }
  if (options.demoNetwork)
    await knowledgeService.seedDemoNetwork({ db: handle.db, clock: systemClock });
  const app = await createApp({
    db: handle.db,
    dialect: handle.dialect,
    webDist,
    demo: options.demo ?? false,
    mailer: options.mailer,
    // Journeys sign in several times a minute from one address.
    authRateLimit: 1000,
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      await app.close();
      await handle.destroy();
    },
  };
}
