import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from './test-app';

let app: FastifyInstance;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ app, close } = await buildTestApp());
});
afterAll(async () => close());

const get = async (url: string, headers: Record<string, string> = {}) => {
  const res = await app.inject({ method: 'GET', url, headers });
  return {
    status: res.statusCode,
    body: res.json() as Record<string, unknown> & { items?: unknown[] },
  };
};

describe('SDG framework routes', () => {
  it('lists the 17 goals in order with their official colours', async () => {
    const { status, body } = await get('/api/v1/goals');
    expect(status).toBe(200);
    const goals = body.items as { number: number; colour: string; targetCount: number }[];
    expect(goals.map((g) => g.number)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
    expect(goals[10]).toMatchObject({ number: 11, colour: '#FD9D24', targetCount: 10 });
    expect(goals.reduce((sum, g) => sum + g.targetCount, 0)).toBe(169);
  });

  it('serves goal titles in Khmer when asked by ?lang= and by Accept-Language', async () => {
    const en = (await get('/api/v1/goals')).body.items as { title: string }[];
    const km = (await get('/api/v1/goals?lang=km')).body.items as { title: string }[];
    const header = (await get('/api/v1/goals', { 'accept-language': 'km-KH,km;q=0.9,en;q=0.5' }))
      .body.items as { title: string }[];
    expect(km[0]?.title).not.toBe(en[0]?.title);
    expect(km[0]?.title).toMatch(/[\u1780-\u17FF]/);
    expect(header[0]?.title).toBe(km[0]?.title);
  });

  it('shows a goal with its targets and indicators, a repeated indicator noting where else it is listed', async () => {
    const { status, body } = await get('/api/v1/goals/13');
    expect(status).toBe(200);
    const targets = body.targets as {
      code: string;
      indicators: { listedAs: string; alsoUnder: string[] }[];
    }[];
    const t131 = targets.find((t) => t.code === '13.1');
    const repeated = t131?.indicators.find((i) => i.listedAs === '13.1.1');
    expect(repeated?.alsoUnder).toEqual(expect.arrayContaining(['1.5.1', '11.5.1']));
  });

  it('resolves a repeated indicator by any of its numbers to one indicator', async () => {
    const a = await get('/api/v1/indicators/1.5.1');
    const b = await get('/api/v1/indicators/13.1.1');
    expect(a.status).toBe(200);
    expect(b.body.id).toBe(a.body.id);
    expect((a.body.targets as string[]).sort()).toEqual(['1.5', '11.5', '13.1']);
  });

  it('filters and searches indicators with a total', async () => {
    const { body } = await get('/api/v1/indicators?goal=11&limit=5');
    expect(body.total).toBeGreaterThan(10);
    expect(body.items).toHaveLength(5);
    const search = await get('/api/v1/indicators?q=solid%20waste');
    expect((search.body.items as { code: string }[]).map((i) => i.code)).toContain('11.6.1');
  });

  it('answers 404 for unknown codes', async () => {
    expect((await get('/api/v1/goals/18')).status).toBe(400);
    expect((await get('/api/v1/targets/11.z')).status).toBe(404);
    const missing = await get('/api/v1/indicators/11.6.9');
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ error: { code: 'NOT_FOUND' } });
  });

  it('answers 400 naming the bad field for bad parameters', async () => {
    const bad = await get('/api/v1/indicators?limit=0&goal=x');
    expect(bad.status).toBe(400);
    const error = bad.body.error as { code: string; details: { field: string }[] };
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.details.map((d) => d.field)).toEqual(
      expect.arrayContaining(['querystring.limit', 'querystring.goal']),
    );
    const lang = await get('/api/v1/goals?lang=xx');
    expect((lang.body.error as { details: { field: string }[] }).details[0]?.field).toBe(
      'querystring.lang',
    );
  });

  it('says what kind of problem each field has, for the interface to translate', async () => {
    const bad = await get('/api/v1/indicators?limit=0&lang=xx');
    const { details } = bad.body.error as {
      details: { field: string; message: string; code?: string; params?: object }[];
    };
    expect(details).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          field: 'querystring.limit',
          code: 'too_small',
          params: { minimum: 1 },
        }),
        expect.objectContaining({ field: 'querystring.lang', code: 'invalid_choice' }),
      ]),
    );
    // The English message stays for API clients and the CLI.
    expect(details.every((d) => d.message.length > 0)).toBe(true);
  });

  it('counts 17 goals, 169 targets and every indicator of the 2023 framework', async () => {
    const targets = await get('/api/v1/targets');
    expect(targets.body.items).toHaveLength(169);
    const indicators = await get('/api/v1/indicators?limit=200');
    const rest = await get('/api/v1/indicators?limit=200&offset=200');
    expect(Number(indicators.body.total)).toBeGreaterThanOrEqual(231);
    expect(indicators.body.items!.length + rest.body.items!.length).toBe(indicators.body.total);
  });
});
