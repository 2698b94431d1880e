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
