import { geoRepository } from '@frontrunner/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAccountsApp, call } from './accounts-fixtures';

let t: Awaited<ReturnType<typeof buildAccountsApp>>;
const as = {} as Record<
  'editor' | 'otherEditor' | 'viewer' | 'admin',
  () => Promise<Record<string, string>>
>;

/** Real sentences, one per script without spaces, with a word from their middle. */
const SENTENCES = {
  th: { text: 'เทศบาลนครเชียงใหม่ได้จัดตั้งธนาคารขยะในชุมชนเพื่อลดปริมาณขยะพลาสติก', middle: 'ชุมชน' },
  km: { text: 'រដ្ឋបាលក្រុងបាត់ដំបងបានបង្កើតកម្មវិធីធនាគារសំរាមនៅក្នុងសហគមន៍', middle: 'កម្មវិធី' },
  lo: { text: 'ເທດສະບານນະຄອນຫຼວງວຽງຈັນໄດ້ສ້າງຕັ້ງທະນາຄານຂີ້ເຫຍື້ອໃນຊຸມຊົນ', middle: 'ທະນາຄານ' },
  my: { text: 'ရန်ကုန်မြို့တော်စည်ပင်သာယာရေးကော်မတီသည် ရပ်ကွက်များတွင် အမှိုက်ဘဏ်ကို တည်ထောင်ခဲ့သည်', middle: 'ရပ်ကွက်' },
} as const;

function buildCase(overrides: Record<string, unknown> = {}) {
  return {
    lang: 'en',
    text: {
      title: 'Waste bank in every commune',
      actions: 'Households sell sorted plastic to the bank.',
    },
    facts: { theme: 'waste_3r', targets: ['11.6', '12.5'], dimensions: ['environment', 'economy'] },
    ...overrides,
  };
}

async function publishedCase(body: Record<string, unknown> = {}): Promise<string> {
  const created = await call(t.app, 'POST', '/api/v1/cities/battambang/cases', {
    headers: await as.editor(),
    body: buildCase(body),
  });
  expect(created.status).toBe(201);
  const id = created.body.id as string;
  const review = (action: string, headers: Record<string, string>) =>
    call(t.app, 'POST', `/api/v1/cases/${id}/review`, { headers, body: { action } });
  expect((await review('submit', await as.editor())).status).toBe(200);
  expect((await review('publish', await as.admin())).status).toBe(200);
  return id;
}

beforeAll(async () => {
  t = await buildAccountsApp();
  const users = {
    editor: await t.createUser([{ role: 'city_editor', city: 'battambang' }]),
    otherEditor: await t.createUser([{ role: 'city_editor', city: 'bangkok' }]),
    viewer: await t.createUser([{ role: 'city_viewer', city: 'battambang' }]),
    admin: await t.createUser([{ role: 'secretariat' }]),
  };
  for (const [name, user] of Object.entries(users))
    as[name as keyof typeof as] = () => t.sessionHeaders(user.id);
});
afterAll(async () => {
  await t.close();
});

describe('cases', () => {
  it('stay private until the secretariat publishes them', async () => {
    const created = await call(t.app, 'POST', '/api/v1/cities/battambang/cases', {
      headers: await as.editor(),
      body: buildCase(),
    });
    expect(created.body).toMatchObject({ status: 'draft', goals: [11, 12] });
    const id = created.body.id as string;
    expect((await call(t.app, 'GET', `/api/v1/cases/${id}`)).status).toBe(404);
    expect(
      (await call(t.app, 'GET', `/api/v1/cases/${id}`, { headers: await as.viewer() })).status,
    ).toBe(200);
    await call(t.app, 'POST', `/api/v1/cases/${id}/review`, {
      headers: await as.editor(),
      body: { action: 'submit' },
    });
    const early = await call(t.app, 'POST', `/api/v1/cases/${id}/review`, {
      headers: await as.editor(),
      body: { action: 'publish' },
    });
    expect(early.status).toBe(403);
    await call(t.app, 'POST', `/api/v1/cases/${id}/review`, {
      headers: await as.admin(),
      body: { action: 'publish' },
    });
    const read = await call(t.app, 'GET', `/api/v1/cases/${id}`);
    expect(read.status).toBe(200);
    expect((read.body.case as { status: string }).status).toBe('published');
  });

  it('list by status for the review queue, within what the reader may see', async () => {
    const created = await call(t.app, 'POST', '/api/v1/cities/battambang/cases', {
      headers: await as.editor(),
      body: buildCase({ text: { title: 'Queued for review' } }),
    });
    const id = created.body.id as string;
    await call(t.app, 'POST', `/api/v1/cases/${id}/review`, {
      headers: await as.editor(),
      body: { action: 'submit' },
    });
    const queue = await call(t.app, 'GET', '/api/v1/cases?status=submitted&limit=200', {
      headers: await as.admin(),
    });
    const items = queue.body.items as { id: string; status: string }[];
    expect(items.map((i) => i.id)).toContain(id);
    expect(new Set(items.map((i) => i.status))).toEqual(new Set(['submitted']));
    expect(queue.body.total).toBe(items.length);
    const drafts = await call(t.app, 'GET', '/api/v1/cases?status=draft&limit=200', {
      headers: await as.admin(),
    });
    expect((drafts.body.items as { id: string }[]).map((i) => i.id)).not.toContain(id);
    const anonymous = await call(t.app, 'GET', '/api/v1/cases?status=submitted');
    expect(anonymous.body.items).toEqual([]);
    const bad = await call(t.app, 'GET', '/api/v1/cases?status=approved');
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('status');
  });

  it('cannot be written by another city’s editor', async () => {
    const res = await call(t.app, 'POST', '/api/v1/cities/battambang/cases', {
      headers: await as.otherEditor(),
      body: buildCase(),
    });
    expect(res.status).toBe(403);
  });

  it('refuses bad input naming the field, and a return without a comment', async () => {
    const bad = await call(t.app, 'POST', '/api/v1/cities/battambang/cases', {
      headers: await as.editor(),
      body: buildCase({ facts: { targets: ['18.1'] } }),
    });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('targets.0');
    const id = (
      await call(t.app, 'POST', '/api/v1/cities/battambang/cases', {
        headers: await as.editor(),
        body: buildCase(),
      })
    ).body.id as string;
    await call(t.app, 'POST', `/api/v1/cases/${id}/review`, {
      headers: await as.editor(),
      body: { action: 'submit' },
    });
    const noComment = await call(t.app, 'POST', `/api/v1/cases/${id}/review`, {
      headers: await as.admin(),
      body: { action: 'return' },
    });
    expect(noComment.status).toBe(400);
    expect(JSON.stringify(noComment.body)).toContain('comment');
    expect(
      (await call(t.app, 'GET', '/api/v1/cases/00000000-0000-0000-0000-000000000000')).status,
    ).toBe(404);
  });

  it('hold several language versions, each found by search', async () => {
    const id = await publishedCase();
    const added = await call(t.app, 'PATCH', `/api/v1/cases/${id}`, {
      headers: await as.editor(),
      body: { lang: 'km', text: { title: 'ធនាគារសំរាម', actions: SENTENCES.km.text } },
    });
    expect(added.status).toBe(200);
    expect((added.body.texts as { lang: string }[]).map((x) => x.lang)).toEqual(['en', 'km']);
    const found = await call(
      t.app,
      'GET',
      `/api/v1/search?q=${encodeURIComponent(SENTENCES.km.middle)}&lang=km&kind=case`,
    );
    expect((found.body.items as { id: string; lang: string }[]).map((i) => [i.id, i.lang])).toEqual(
      [[id, 'km']],
    );
  });
});

describe('search', () => {
  it.each(['th', 'lo', 'my'] as const)(
    'finds a %s case by a word from the middle of a sentence, saying why',
    async (lang) => {
      const { text, middle } = SENTENCES[lang];
      const id = await publishedCase({ lang, text: { title: `Case ${lang}`, problem: text } });
      const res = await call(
        t.app,
        'GET',
        `/api/v1/search?q=${encodeURIComponent(middle)}&lang=${lang}&kind=case`,
      );
      expect(res.status).toBe(200);
      const [hit, ...rest] = res.body.items as {
        id: string;
        why: { fields: { field: string; words: string[] }[] };
      }[];
      expect(rest).toEqual([]);
      expect(hit?.id).toBe(id);
      expect(hit?.why.fields).toEqual([
        expect.objectContaining({ field: 'body', words: [middle] }),
      ]);
    },
  );

  it('finds cities despite a typo and counts facets', async () => {
    const res = await call(t.app, 'GET', '/api/v1/search?q=bangkko&kind=city');
    const items = res.body.items as { kind: string; title: string }[];
    expect(items[0]).toMatchObject({ kind: 'city' });
    expect(items[0]?.title).toMatch(/Bangkok/);
    expect(res.body.terms).toEqual([{ word: 'bangkko', prefix: true, variants: ['bangkok'] }]);
    expect((res.body.facets as Record<string, unknown>).kind).toEqual([
      { value: 'city', count: res.body.total },
    ]);
  });

  it('finds projects past the idea stage, and forgets one sent back to an idea', async () => {
    const made = await call(t.app, 'POST', '/api/v1/cities/bangkok/projects', {
      headers: await as.otherEditor(),
      body: {
        title: 'Rainwater harvesting on schools',
        themes: ['clean_water'],
        status: 'planned',
      },
    });
    const id = made.body.id as string;
    const find = async () =>
      (
        (await call(t.app, 'GET', '/api/v1/search?q=rainwater&kind=project')).body.items as {
          id: string;
        }[]
      ).map((i) => i.id);
    expect(await find()).toEqual([id]);
    t.clock.advance(1000);
    await call(t.app, 'PUT', `/api/v1/projects/${id}`, {
      headers: await as.otherEditor(),
      body: { title: 'Rainwater harvesting on schools', themes: ['clean_water'], status: 'idea' },
    });
    expect(await find()).toEqual([]);
  });

  it('refuses an unknown facet value naming the field', async () => {
    const res = await call(t.app, 'GET', '/api/v1/search?q=water&kind=planet');
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toContain('kind');
  });
});

describe('replication', () => {
  it('shows where a case was replicated', async () => {
    const id = await publishedCase();
    const project = await call(t.app, 'POST', '/api/v1/cities/bangkok/projects', {
      headers: await as.otherEditor(),
      body: {
        title: 'Waste bank for Bangkok',
        themes: ['waste_3r'],
        status: 'planned',
        replicatesCaseId: id,
      },
    });
    expect(project.status).toBe(201);
    const read = await call(t.app, 'GET', `/api/v1/cases/${id}`);
    expect(read.body.replications).toEqual([
      expect.objectContaining({
        title: 'Waste bank for Bangkok',
        city: expect.objectContaining({ slug: 'bangkok' }),
      }),
    ]);
  });

  it('recommends practice from similar cities with reasons', async () => {
    const battambang = await t.city('battambang');
    const res = await call(t.app, 'GET', '/api/v1/cities/phnom-penh/recommendations');
    expect(res.status).toBe(200);
    const items = res.body.items as { city: { id: string }; reasons: { code: string }[] }[];
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      expect(item.city.id).toBe(battambang.id);
      expect(item.reasons.map((r) => r.code)).toContain('same_country');
    }
    expect((await call(t.app, 'GET', '/api/v1/cities/atlantis/recommendations')).status).toBe(404);
  });
});

describe('city-to-city network', () => {
  it('suggests a mentor, pairs the cities and keeps a thread for their teams', async () => {
    const battambang = await t.city('battambang');
    await geoRepository.updateCityProgramme(t.handle.db, battambang.id, { stage: 'frontrunner' });
    const mentors = await call(t.app, 'GET', '/api/v1/cities/phnom-penh/mentors');
    expect((mentors.body.items as { city: { id: string } }[])[0]?.city.id).toBe(battambang.id);
    const pairing = await call(t.app, 'POST', '/api/v1/pairings', {
      headers: await as.admin(),
      body: { kind: 'mentoring', mentor: 'battambang', mentee: 'bangkok' },
    });
    expect(pairing.status).toBe(201);
    const url = `/api/v1/pairings/${pairing.body.id as string}/messages`;
    const posted = await call(t.app, 'POST', url, {
      headers: await as.otherEditor(),
      body: { body: 'Hello from Bangkok' },
    });
    expect(posted.status).toBe(201);
    t.clock.advance(1000);
    expect(
      (await call(t.app, 'POST', url, { headers: await as.editor(), body: { body: 'Welcome' } }))
        .status,
    ).toBe(201);
    const thread = await call(t.app, 'GET', url, { headers: await as.viewer() });
    expect((thread.body as unknown as { body: string }[]).map((m) => m.body)).toEqual([
      'Hello from Bangkok',
      'Welcome',
    ]);
    expect((await call(t.app, 'GET', url)).status).toBe(401);
    const outsider = await t.createUser([{ role: 'city_editor', city: 'phnom-penh' }]);
    expect(
      (await call(t.app, 'GET', url, { headers: await t.sessionHeaders(outsider.id) })).status,
    ).toBe(403);
  });
});
