import { seedReferenceData } from '@frontrunner/db';
import { createTestDatabase } from '@frontrunner/db/testing';
import { knowledgeService, LOCAL_OPERATOR, systemClock } from '@frontrunner/services';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT } from '../src/context';
import { runCli } from './support/run-cli';

let handle: Awaited<ReturnType<typeof createTestDatabase>>;
const ctx = { actor: LOCAL_OPERATOR };
const SENTENCE = 'เทศบาลนครเชียงใหม่ได้จัดตั้งธนาคารขยะในชุมชนเพื่อลดปริมาณขยะพลาสติก';
let caseId = '';

/** Runs the CLI against the test database (in this process: support/run-cli.ts). */
const cli = (args: string[]) => runCli(handle, args);

beforeAll(async () => {
  handle = await createTestDatabase();
  await seedReferenceData(handle);
  const created = await knowledgeService.createCase(
    handle.db,
    ctx,
    {
      citySlug: 'battambang',
      lang: 'th',
      text: { title: 'ธนาคารขยะ', problem: SENTENCE },
      facts: { targets: ['11.6'] },
    },
    systemClock,
  );
  caseId = created.id;
  for (const action of ['submit', 'publish'] as const)
    await knowledgeService.reviewCase(handle.db, ctx, caseId, { action }, systemClock);
});
afterAll(async () => {
  await handle.destroy();
});

describe('frontrunner search', () => {
  it('finds a Thai case by a word from the middle of a sentence and prints JSON', async () => {
    const run = await cli(['search', 'ชุมชน', '--lang', 'th', '--kind', 'case', '--json']);
    expect(run.code, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as {
      total: number;
      items: { id: string; why: unknown }[];
    };
    expect(result.items.map((i) => i.id)).toEqual([caseId]);
    expect(JSON.stringify(result.items[0]?.why)).toContain('ชุมชน');
  });

  it('refuses an unknown kind with the usage exit code', async () => {
    const run = await cli(['search', 'water', '--kind', 'planet']);
    expect(run.code).toBe(EXIT.usage);
    expect(run.stderr).toContain('planet');
  });
});

describe('frontrunner recommend', () => {
  it('recommends the case to a city of the same country, with reasons', async () => {
    const run = await cli(['recommend', '--city', 'phnom-penh', '--json']);
    expect(run.code, run.stderr).toBe(0);
    const data = JSON.parse(run.stdout) as {
      practices: { caseId: string; reasons: { code: string }[] }[];
    };
    expect(data.practices.map((p) => p.caseId)).toEqual([caseId]);
    expect(data.practices[0]?.reasons.map((r) => r.code)).toContain('same_country');
  });

  it('answers an unknown city with the not-found exit code', async () => {
    expect((await cli(['recommend', '--city', 'atlantis', '--json'])).code).toBe(EXIT.notFound);
  });
});
