import { defineConfig } from 'vitest/config';

/**
 * Three tiers. `unit`: pure code, no database. `db`: repositories, services and routes against a
 * real database — SQLite by default, PostgreSQL when FRONTRUNNER_TEST_DIALECT=postgres.
 * `e2e`: browser journeys in Chromium against a served app.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'packages/{domain,web,cli}/src/**/*.test.{ts,tsx}',
            'packages/web/*.test.ts',
            'packages/server/src/**/*.unit.test.ts',
            'packages/services/src/**/*.unit.test.ts',
          ],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'db',
          include: ['packages/{db,services,server,cli}/{src,test}/**/*.db.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          // One worker imports the services and server once for every file instead of once per
          // file (measured: the server's route tests in 64 s instead of 105 s, a third of the CPU).
          // Each file still opens its own database; what modules keep between files is loaded
          // reference data (seed sources, the keyword tagger), the same for every file.
          isolate: false,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.e2e.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
