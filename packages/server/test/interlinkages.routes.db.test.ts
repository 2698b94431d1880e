import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from './accounts-fixtures';
import { alignedValues, buildInterlinkagesApp, handSpearman } from './interlinkages-fixtures';

let t: Awaited<ReturnType<typeof buildInterlinkagesApp>>;
beforeAll(async () => {
  t = await buildInterlinkagesApp();
});
afterAll(async () => t.close());

interface Pair {
  a: string;
  b: string;
  targetA: string;
  targetB: string;
  rho: number | null;
  n: number;
  units: number | null;
  kind: string;
}
interface Edge {
  a: string;
  b: string;
  kind: string;
  rho: number;
  pairs: number;
  seriesPairs: Pair[];
}
interface Network {
  run: { id: string; fingerprint: string; method: string; counts: Record<string, number> };
  nodes: { target: string; goal: number; degree: number; eigenvector: number }[];
  edges: Edge[];
  goalMatrix: { a: number; b: number; synergies: number; tradeOffs: number }[];
}
const network = async (path: string) => {
  const res = await call(t.app, 'GET', `/api/v1/interlinkages/${path}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as unknown as Network;
};
const strongest = (edges: Edge[], kind: string) =>
  [...edges].filter((e) => e.kind === kind).sort((x, y) => Math.abs(y.rho) - Math.abs(x.rho))[0];

describe('the data-derived network of a country', () => {
  it('is computed on first read, stored, and served again unchanged while the data is', async () => {
    const first = await network('countries/KHM');
    const again = await network('countries/khm');
    expect(again.run.id).toBe(first.run.id);
    expect(first.run.method).toBe('spearman');
    expect(first.run.counts.seriesPairs).toBeGreaterThan(0);
    const runs = await t.handle.db
      .selectFrom('interlinkage_run')
      .select('id')
      .where('scope', '=', 'country:KHM')
      .execute();
    expect(runs).toEqual([{ id: first.run.id }]);
  });

  it('counts agree: edges by kind, degrees, and the goal-by-goal matrix', async () => {
    const { run, nodes, edges, goalMatrix } = await network('countries/KHM');
    const synergies = edges.filter((e) => e.kind === 'synergy').length;
    const tradeOffs = edges.filter((e) => e.kind === 'trade-off').length;
    expect([synergies, tradeOffs]).toEqual([
      run.counts.targetSynergies,
      run.counts.targetTradeOffs,
    ]);
    expect(nodes.reduce((sum, n) => sum + n.degree, 0)).toBe(2 * edges.length);
    expect(goalMatrix.reduce((sum, c) => sum + c.synergies, 0)).toBe(synergies);
    expect(goalMatrix.reduce((sum, c) => sum + c.tradeOffs, 0)).toBe(tradeOffs);
    expect(nodes.every((n) => n.goal === Number(n.target.split('.')[0]))).toBe(true);
    expect(Math.max(...nodes.map((n) => n.eigenvector))).toBe(1);
  });

  it('keeps the evidence of its strongest synergy, which ρ by hand from the stored values reproduces', async () => {
    const { edges } = await network('countries/KHM');
    const edge = strongest(edges, 'synergy');
    expect(edge).toBeDefined();
    const pairs = edge!.seriesPairs;
    expect(pairs).toHaveLength(edge!.pairs);
    expect(edge!.rho).toBeCloseTo(pairs.reduce((s, p) => s + p.rho!, 0) / pairs.length, 12);
    for (const pair of pairs) {
      const byHand = handSpearman(
        await alignedValues(t.handle.db, 'country:KHM', pair.a),
        await alignedValues(t.handle.db, 'country:KHM', pair.b),
      );
      expect(pair.n).toBe(byHand.n);
      expect(pair.n).toBeGreaterThanOrEqual(5);
      expect(pair.rho).toBeCloseTo(byHand.rho!, 12);
    }
  });

  it('serves a link’s series pairs and both series’ approved values by year', async () => {
    const { edges } = await network('countries/KHM');
    const edge = strongest(edges, 'trade-off')!;
    const res = await call(
      t.app,
      'GET',
      `/api/v1/interlinkages/countries/KHM/links?a=${edge.b}&b=${edge.a}`,
    );
    expect(res.status).toBe(200);
    const body = res.body as {
      level: string;
      a: string;
      link: { rho: number; kind: string; pairs: number };
      seriesPairs: Pair[];
      series: { code: string; direction: string; values: { year: number; aligned: number }[] }[];
    };
    expect(body).toMatchObject({ level: 'target', a: edge.a, link: { kind: 'trade-off' } });
    expect(body.link.rho).toBe(edge.rho);
    expect(body.seriesPairs).toEqual(edge.seriesPairs);
    for (const s of body.series) {
      const stored = await alignedValues(t.handle.db, 'country:KHM', s.code);
      expect(s.values.map((v) => [v.year, v.aligned])).toEqual(
        [...stored].sort((x, y) => x[0] - y[0]),
      );
    }
    const pair = edge.seriesPairs[0]!;
    const one = await call(
      t.app,
      'GET',
      `/api/v1/interlinkages/countries/KHM/links?a=${pair.a}&b=${pair.b}`,
    );
    expect(one.body).toMatchObject({ level: 'series', link: { rho: pair.rho, pairs: 1 } });
  });
});

describe('the ASEAN network', () => {
  it('pools the ten countries: each pair’s n is the sum of the countries’ overlaps of at least 5 years', async () => {
    const { run, edges } = await network('asean');
    expect(run.method).toBe('pooled-spearman');
    const pair = strongest(edges, 'synergy')!.seriesPairs[0]!;
    const overlaps = await Promise.all(
      ['BRN', 'IDN', 'KHM', 'LAO', 'MMR', 'MYS', 'PHL', 'SGP', 'THA', 'VNM'].map(async (iso3) =>
        handSpearman(
          await alignedValues(t.handle.db, `country:${iso3}`, pair.a),
          await alignedValues(t.handle.db, `country:${iso3}`, pair.b),
        ),
      ),
    );
    const pooled = overlaps.filter((o) => o.n >= 5);
    expect(pair.units).toBe(pooled.length);
    expect(pair.n).toBe(pooled.reduce((sum, o) => sum + o.n, 0));
  });
});

describe('bad and unknown requests', () => {
  it.each([
    ['countries/FRA', 404],
    ['countries/KH1', 400],
    ['cities/no-such-city', 404],
    ['countries/KHM/links?a=11.6', 400],
    ['countries/KHM/links?a=1.1&b=SH_STA_MMR', 400],
    ['countries/KHM/links?a=1.1&b=17.19', 404],
    ['countries/KHM/links?a=1.1&b=1.1%27%3B', 400],
    ['suggestions?targets=99.9', 404],
    ['suggestions?targets=abc', 400],
    ['suggestions?targets=6.1&scope=nowhere', 404],
  ])('GET %s answers %i with the one error shape', async (path, status) => {
    const res = await call(t.app, 'GET', `/api/v1/interlinkages/${path}`);
    expect(res.status, JSON.stringify(res.body)).toBe(status);
    expect(res.body).toHaveProperty('error.code');
    if (status === 400) expect(res.body).toHaveProperty('error.details');
  });
});
