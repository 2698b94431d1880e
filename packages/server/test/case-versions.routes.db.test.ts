import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAccountsApp, call } from './accounts-fixtures';

let t: Awaited<ReturnType<typeof buildAccountsApp>>;
let editor: () => Promise<Record<string, string>>;
let admin: () => Promise<Record<string, string>>;

interface CaseBody {
  cost: number | null;
  texts: { lang: string; title: string; problem: string | null }[];
}
interface Detail {
  field: string;
  message: string;
}

/** A draft case of Battambang in English with a Khmer version, as saved. */
async function buildCase(): Promise<string> {
  const created = await call(t.app, 'POST', '/api/v1/cities/battambang/cases', {
    headers: await editor(),
    body: { lang: 'en', text: { title: 'Waste bank' }, facts: { cost: 1000, currency: 'USD' } },
  });
  expect(created.status).toBe(201);
  const id = String(created.body.id);
  const km = await call(t.app, 'PATCH', `/api/v1/cases/${id}`, {
    headers: await editor(),
    body: { lang: 'km', text: { title: 'ធនាគារសំរាម' } },
  });
  expect(km.status).toBe(200);
  return id;
}

async function saved(id: string): Promise<CaseBody> {
  const res = await call(t.app, 'GET', `/api/v1/cases/${id}`, { headers: await editor() });
  return res.body.case as unknown as CaseBody;
}

/** The audit entries about one case, oldest first. */
async function auditOf(id: string): Promise<{ after: { lang: string | null } }[]> {
  const res = await call(t.app, 'GET', '/api/v1/audit?entity=case&limit=200', {
    headers: await admin(),
  });
  const items = res.body.items as { entityId: string; after: { lang: string | null } }[];
  return items.filter((e) => e.entityId === id).reverse();
}

const patch = async (id: string, body: unknown) =>
  call(t.app, 'PATCH', `/api/v1/cases/${id}`, { headers: await editor(), body });

beforeAll(async () => {
  t = await buildAccountsApp();
  const user = await t.createUser([{ role: 'city_editor', city: 'battambang' }]);
  const secretariat = await t.createUser([{ role: 'secretariat' }]);
  editor = () => t.sessionHeaders(user.id);
  admin = () => t.sessionHeaders(secretariat.id);
});
afterAll(async () => {
  await t.close();
});

describe('saving a case’s facts and several language versions at once', () => {
  it('saves both versions and the facts, one audit entry a language', async () => {
    const id = await buildCase();
    const entries = (await auditOf(id)).length;
    const res = await patch(id, {
      facts: { cost: 2500 },
      versions: {
        km: { title: 'ធនាគារសំរាមគ្រប់ឃុំ', problem: 'សំរាមច្រើនពេក' },
        en: { title: 'Waste bank in every commune', problem: 'Too much waste' },
      },
    });
    expect(res.status).toBe(200);
    const after = await saved(id);
    expect(after.cost).toBe(2500);
    expect(after.texts.map((x) => [x.lang, x.title, x.problem])).toEqual([
      ['en', 'Waste bank in every commune', 'Too much waste'],
      ['km', 'ធនាគារសំរាមគ្រប់ឃុំ', 'សំរាមច្រើនពេក'],
    ]);
    const audit = await auditOf(id);
    expect(audit.slice(entries).map((e) => e.after.lang)).toEqual(['km', 'en']);
  });

  it('adds a new language with the others in the same save', async () => {
    const id = await buildCase();
    const res = await patch(id, {
      versions: { lo: { title: 'ທະນາຄານຂີ້ເຫຍື້ອ' }, km: { title: 'ធនាគារ' } },
    });
    expect(res.status).toBe(200);
    expect((await saved(id)).texts.map((x) => [x.lang, x.title])).toEqual([
      ['en', 'Waste bank'],
      ['km', 'ធនាគារ'],
      ['lo', 'ທະນາຄານຂີ້ເຫຍື້ອ'],
    ]);
  });

  it.each([
    [
      'a text too long for the schema',
      { title: 'Waste bank', problem: 'x'.repeat(10_001) },
      'body.versions.en.problem',
    ],
    ['a blank title the service refuses', { title: '   ' }, 'versions.en.title'],
  ])(
    'refuses %s naming the language and field, and writes nothing in either language',
    async (_, english, field) => {
      const id = await buildCase();
      const before = await saved(id);
      const entries = (await auditOf(id)).length;
      const res = await patch(id, {
        facts: { cost: 9999 },
        versions: { km: { title: 'ធនាគារថ្មី', problem: 'ថ្មី' }, en: english },
      });
      expect(res.status).toBe(400);
      const details = (res.body.error as { details: Detail[] }).details;
      expect(details.map((d) => d.field)).toEqual([field]);
      expect(await saved(id)).toEqual(before);
      expect(await auditOf(id)).toHaveLength(entries);
    },
  );

  it('names every refused language and the facts in one answer', async () => {
    const id = await buildCase();
    const res = await patch(id, {
      facts: { targets: ['99.9'] },
      versions: { km: { title: ' ' }, lo: { title: '' } },
    });
    expect(res.status).toBe(400);
    // The schema answers first (an empty title); the service's checks run on what passes it.
    const details = (res.body.error as { details: Detail[] }).details;
    expect(details.map((d) => d.field)).toEqual(['body.versions.lo.title']);
    const service = await patch(id, {
      facts: { targets: ['99.9'] },
      versions: { km: { title: ' ' }, lo: { title: 'ທະນາຄານ' } },
    });
    const problems = (service.body.error as { details: Detail[] }).details;
    expect(problems.map((d) => d.field)).toEqual(['targets.0', 'versions.km.title']);
    expect((await saved(id)).texts.map((x) => x.lang)).toEqual(['en', 'km']);
  });

  it('refuses a tag that is not a language, and versions sent with lang and text', async () => {
    const id = await buildCase();
    const badTag = await patch(id, { versions: { Khmer: { title: 'ធនាគារ' } } });
    expect(badTag.status).toBe(400);
    expect(JSON.stringify(badTag.body)).toContain('versions');
    const both = await patch(id, {
      lang: 'lo',
      text: { title: 'ທະນາຄານ' },
      versions: { km: { title: 'ធនាគារ' } },
    });
    expect(both.status).toBe(400);
    expect((both.body.error as { details: Detail[] }).details).toEqual([
      { field: 'versions', message: 'cannot be sent with lang and text' },
    ]);
    expect((await saved(id)).texts.map((x) => [x.lang, x.title])).toEqual([
      ['en', 'Waste bank'],
      ['km', 'ធនាគារសំរាម'],
    ]);
  });

  it('is refused to an editor of another city (who cannot see the draft at all)', async () => {
    const id = await buildCase();
    const other = await t.createUser([{ role: 'city_editor', city: 'bangkok' }]);
    const res = await call(t.app, 'PATCH', `/api/v1/cases/${id}`, {
      headers: await t.sessionHeaders(other.id),
      body: { versions: { km: { title: 'ធនាគារ' } } },
    });
    expect(res.status).toBe(404);
    expect((await saved(id)).texts.map((x) => x.title)).toEqual(['Waste bank', 'ធនាគារសំរាម']);
  });
});
