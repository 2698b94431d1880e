import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from './accounts-fixtures';
import { buildInterlinkagesApp } from './interlinkages-fixtures';

let t: Awaited<ReturnType<typeof buildInterlinkagesApp>>;
const as = {} as Record<'editor' | 'admin', () => Promise<Record<string, string>>>;
beforeAll(async () => {
  t = await buildInterlinkagesApp();
  const users = {
    editor: await t.createUser([{ role: 'city_editor', city: 'battambang' }]),
    admin: await t.createUser([{ role: 'secretariat' }]),
  };
  for (const [name, user] of Object.entries(users))
    as[name as keyof typeof as] = () => t.sessionHeaders(user.id);
});
afterAll(async () => t.close());

interface Edge {
  a: string;
  b: string;
  kind: string;
  rho: number;
  pairs: number;
  seriesPairs: unknown[];
}
interface DataSuggestion {
  target: string;
  from: string;
  rho: number;
  pairs: number;
  seriesPairs: unknown[];
  claimed: boolean;
}
interface Network {
  available: boolean;
  targets: string[];
  scope: { key: string } | null;
  basis: { key: string } | null;
  run: { id: string } | null;
  dataDerived: { coBenefits: DataSuggestion[]; risks: DataSuggestion[] };
  curated: {
    coBenefits: { target: string; from: string; link: { citation: string }; claimed: boolean }[];
    risks: unknown[];
  };
}

const other = (e: Edge, primary: string) => (e.a === primary ? e.b : e.a);
/** The Cambodian network's edges, read from the interlinkages API itself. */
async function khmEdges(): Promise<Edge[]> {
  const res = await call(t.app, 'GET', '/api/v1/interlinkages/countries/KHM');
  expect(res.status).toBe(200);
  return (res.body as { edges: Edge[] }).edges;
}
/** The target with the most synergies and at least one trade-off, when there is one. */
function busiestTarget(edges: Edge[]): string {
  const ends = edges.flatMap((e) => [e.a, e.b]);
  const score = (x: string) =>
    edges.filter((e) => (e.a === x || e.b === x) && e.kind === 'synergy').length +
    (edges.some((e) => (e.a === x || e.b === x) && e.kind === 'trade-off') ? 1000 : 0);
  return [...new Set(ends)].sort((x, y) => score(y) - score(x))[0] as string;
}

async function plan(primary: string): Promise<string> {
  const headers = await as.editor();
  const created = await call(t.app, 'POST', '/api/v1/cities/battambang/projects', {
    headers,
    body: { title: 'River clean-up', status: 'planned' },
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const id = String(created.body.id);
  const claim = await call(t.app, 'POST', `/api/v1/projects/${id}/claims`, {
    headers,
    body: { target: primary, kind: 'primary', size: 'high' },
  });
  expect(claim.status, JSON.stringify(claim.body)).toBe(201);
  return id;
}
const suggestions = async (id: string) => {
  const res = await call(t.app, 'GET', `/api/v1/projects/${id}/suggestions`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return (res.body as { network: Network }).network;
};

describe('network suggestions for a project', () => {
  it('lists the targets its country’s network links to the primary target, with ρ, n and series pairs', async () => {
    const edges = await khmEdges();
    const primary = busiestTarget(edges);
    const id = await plan(primary);
    const network = await suggestions(id);
    expect(network).toMatchObject({
      available: true,
      targets: [primary],
      scope: { key: 'country:KHM' },
      basis: { key: 'country:KHM' },
    });
    const mine = edges.filter((e) => e.a === primary || e.b === primary);
    const expected = (kind: string) =>
      mine
        .filter((e) => e.kind === kind)
        .map((e) => ({
          target: other(e, primary),
          from: primary,
          rho: e.rho,
          pairs: e.pairs,
          seriesPairs: e.seriesPairs,
          claimed: false,
        }))
        .sort((x, y) => x.target.localeCompare(y.target));
    const byTarget = (list: DataSuggestion[]) =>
      [...list].sort((x, y) => x.target.localeCompare(y.target));
    expect(mine.some((e) => e.kind === 'synergy')).toBe(true);
    expect(byTarget(network.dataDerived.coBenefits)).toEqual(expected('synergy'));
    expect(byTarget(network.dataDerived.risks)).toEqual(expected('trade-off'));
    for (const s of network.dataDerived.coBenefits) expect(s.seriesPairs).toHaveLength(s.pairs);
  });

  it('adds nothing by itself; accepting one creates an audited claim of origin network', async () => {
    const edges = await khmEdges();
    const primary = busiestTarget(edges);
    const id = await plan(primary);
    const pick = (await suggestions(id)).dataDerived.coBenefits[0] as DataSuggestion;
    const page = async () =>
      (await call(t.app, 'GET', `/api/v1/projects/${id}`)).body as { claims: unknown[] };
    expect((await page()).claims).toHaveLength(1);

    const headers = await as.editor();
    const accept = (target: string) =>
      call(t.app, 'POST', `/api/v1/projects/${id}/suggestions/accept`, {
        headers,
        body: { source: 'network', target, kind: 'co_benefit', size: 'medium' },
      });
    const unlinked = ['17.19', '16.10', '14.1'].find(
      (x) => !edges.some((e) => e.kind !== 'none' && [e.a, e.b].includes(x)),
    );
    const refused = await accept(unlinked ?? '17.19');
    expect(refused.status).toBe(400);
    expect(refused.body).toHaveProperty('error.details.0.field', 'target');

    const accepted = await accept(pick.target);
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(201);
    expect(accepted.body).toMatchObject({ target: pick.target, origin: 'network' });
    expect((await page()).claims).toHaveLength(2);
    const again = await suggestions(id);
    expect(again.dataDerived.coBenefits.find((s) => s.target === pick.target)?.claimed).toBe(true);

    const audit = await call(t.app, 'GET', '/api/v1/audit?entity=benefit_claim', {
      headers: await as.admin(),
    });
    const entries = audit.body.items as { entityId: string; action: string }[];
    expect(entries.some((e) => e.entityId === accepted.body.id)).toBe(true);
  });

  it('lists curated links apart from the data, with their citation', async () => {
    const edges = await khmEdges();
    const primary = busiestTarget(edges);
    const linked = new Set(edges.flatMap((e) => [e.a, e.b]));
    const curatedTarget = ['17.19', '16.10', '14.1', '5.5'].find(
      (x) => !linked.has(x) && x !== primary,
    ) as string;
    const citation = 'Nilsson, Griggs & Visbeck (2016), Nature 534';
    const link = await call(t.app, 'POST', '/api/v1/interlinkages/curated', {
      headers: await as.admin(),
      body: { a: primary, b: curatedTarget, kind: 'synergy', citation },
    });
    expect(link.status, JSON.stringify(link.body)).toBe(201);
    const network = await suggestions(await plan(primary));
    expect(network.curated.coBenefits).toEqual([
      expect.objectContaining({
        target: curatedTarget,
        from: primary,
        link: expect.objectContaining({ citation }),
      }),
    ]);
    expect(network.dataDerived.coBenefits.map((s) => s.target)).not.toContain(curatedTarget);
  });

  it('asks nothing of the network for a project without a primary target', async () => {
    const created = await call(t.app, 'POST', '/api/v1/cities/battambang/projects', {
      headers: await as.editor(),
      body: { title: 'Air-quality monitoring', status: 'planned' },
    });
    const network = await suggestions(String(created.body.id));
    expect(network).toMatchObject({ available: true, targets: [], basis: null, run: null });
    expect(network.dataDerived.coBenefits).toEqual([]);
  });
});
