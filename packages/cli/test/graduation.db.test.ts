import { seedReferenceData } from '@frontrunner/db';
import { createTestDatabase } from '@frontrunner/db/testing';
import { cityProgrammeService, LOCAL_OPERATOR } from '@frontrunner/services';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './support/run-cli';

let handle: Awaited<ReturnType<typeof createTestDatabase>>;

beforeAll(async () => {
  handle = await createTestDatabase();
  await seedReferenceData(handle);
  await cityProgrammeService.updateCityProgramme(
    { db: handle.db, clock: () => new Date('2030-01-01T00:00:00Z') },
    { actor: LOCAL_OPERATOR },
    'battambang',
    { stage: 'candidate' },
  );
});
afterAll(async () => handle.destroy());

/** Runs the CLI against the test database (in this process: support/run-cli.ts). */
const cli = (args: string[]) => runCli(handle, args);

describe('frontrunner graduation readiness', () => {
  it('prints the criteria met and missing for the next stage as JSON, never a score', async () => {
    const res = await cli(['graduation', 'readiness', '--city', 'battambang', '--json']);
    expect(res.code, res.stderr).toBe(0);
    const view = JSON.parse(res.stdout) as {
      city: string;
      targetStage: string;
      readiness: { ready: boolean; met: unknown[]; missing: { key: string }[] };
      learningPath: unknown[];
    };
    expect(view).toMatchObject({
      city: 'battambang',
      stage: 'candidate',
      targetStage: 'model_city',
    });
    expect(view.readiness.ready).toBe(false);
    expect(view.readiness.missing.map((m) => m.key)).toContain('sharing');
    expect(view.learningPath.length).toBeGreaterThan(0);
    expect(res.stdout).not.toMatch(/"(score|rank)"/);
  });

  it('prints a readable list with a mark per criterion', async () => {
    const res = await cli(['graduation', 'readiness', '--city', 'battambang']);
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout).toMatch(/^battambang: candidate → model_city \(rubric v1\)/);
    expect(res.stdout.match(/✗/g)?.length).toBe(6);
  });

  it('exits with the not-found code for an unknown city', async () => {
    const res = await cli(['graduation', 'readiness', '--city', 'atlantis']);
    expect(res.code).toBe(3);
    expect(res.stderr).toMatch(/atlantis/);
  });
});
