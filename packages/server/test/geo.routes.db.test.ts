import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from './test-app';

let app: FastifyInstance;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ app, close } = await buildTestApp());
});
afterAll(async () => close());

const get = async (url: string) => {
  const res = await app.inject({ method: 'GET', url });
  return { status: res.statusCode, body: res.json() as Record<string, unknown> };
};
type CityItem = { slug: string; name: string; country: string; population: number | null };

describe('country and city routes', () => {
  it('lists the 10 ASEAN countries, each with cities', async () => {
    const { body } = await get('/api/v1/countries');
    const items = body.items as { iso3: string; cityCount: number }[];
    expect(items.map((c) => c.iso3).sort()).toEqual([
      'BRN',
      'IDN',
      'KHM',
      'LAO',
      'MMR',
      'MYS',
      'PHL',
      'SGP',
      'THA',
      'VNM',
    ]);
    expect(items.every((c) => c.cityCount > 0)).toBe(true);
    expect(items.reduce((s, c) => s + c.cityCount, 0)).toBeGreaterThanOrEqual(400);
  });

  it('serves the country outlines as GeoJSON', async () => {
    const { body } = await get('/api/v1/countries/outlines');
    const features = body.features as { geometry: { type: string } }[];
    expect(features).toHaveLength(10);
    expect(features.every((f) => ['Polygon', 'MultiPolygon'].includes(f.geometry.type))).toBe(true);
  });

  it('pages through cities with a total, largest first', async () => {
    const first = await get('/api/v1/cities?limit=10');
    const second = await get('/api/v1/cities?limit=10&offset=10');
    const a = first.body.items as CityItem[];
    const b = second.body.items as CityItem[];
    expect(first.body.total).toBeGreaterThanOrEqual(400);
    expect(a).toHaveLength(10);
    expect(new Set([...a, ...b].map((c) => c.slug)).size).toBe(20);
    expect((a[0]?.population ?? 0) >= (a[9]?.population ?? 0)).toBe(true);
  });

  it('filters cities by country and finds them by text, ignoring accents and case', async () => {
    const khm = await get('/api/v1/cities?country=khm&limit=200');
    expect((khm.body.items as CityItem[]).every((c) => c.country === 'KHM')).toBe(true);
    const found = await get('/api/v1/cities?q=PHNOM');
    expect((found.body.items as CityItem[]).map((c) => c.slug)).toContain('phnom-penh');
    const accents = await get('/api/v1/cities?q=%C4%90%C3%A0%20N%E1%BA%B5ng');
    expect((accents.body.items as CityItem[]).some((c) => c.country === 'VNM')).toBe(true);
    const none = await get('/api/v1/cities?q=zzzz-no-such-city');
    expect(none.body).toMatchObject({ items: [], total: 0 });
  });

  it('treats LIKE wildcards in a search as plain text', async () => {
    const { body } = await get('/api/v1/cities?q=%25');
    expect(body.total).toBe(0);
  });

  it('shows one city by slug, with programme fields, and 404 for an unknown slug', async () => {
    const { status, body } = await get('/api/v1/cities/phnom-penh');
    expect(status).toBe(200);
    expect(body).toMatchObject({
      country: 'KHM',
      capital: 'national',
      stage: 'none',
      priorityGoals: [],
    });
    expect((await get('/api/v1/cities/no-such-city')).status).toBe(404);
    expect((await get('/api/v1/cities/Bad%20Slug')).status).toBe(400);
  });

  it('rejects an unknown country and stage with a 400 naming the field', async () => {
    const bad = await get('/api/v1/cities?country=FRA&stage=mayor');
    expect(bad.status).toBe(400);
    const fields = (bad.body.error as { details: { field: string }[] }).details.map((d) => d.field);
    expect(fields).toEqual(expect.arrayContaining(['querystring.country', 'querystring.stage']));
  });

  it('serves every city as a map point', async () => {
    const { body } = await get('/api/v1/cities/points?country=SGP');
    const features = body.features as { properties: { country: string } }[];
    expect(features.length).toBeGreaterThan(0);
    expect(features.every((f) => f.properties.country === 'SGP')).toBe(true);
  });

  it('reports health with the database it checked', async () => {
    const { status, body } = await get('/healthz');
    expect(status).toBe(200);
    expect(body.status).toBe('ok');
  });

  it('publishes an OpenAPI 3 document generated from the schemas', async () => {
    const { status, body } = await get('/api/docs/json');
    expect(status).toBe(200);
    expect(String(body.openapi)).toMatch(/^3\./);
    expect(Object.keys(body.paths as object)).toEqual(
      expect.arrayContaining(['/api/v1/cities', '/api/v1/goals/{number}']),
    );
  });

  it('answers unknown API paths with the error shape, never HTML', async () => {
    const { status, body } = await get('/api/v1/nothing-here');
    expect(status).toBe(404);
    expect(body).toMatchObject({ error: { code: 'NOT_FOUND' } });
  });
});
