import {
  indexText,
  parseSearchQuery,
  withTypoVariants,
  type SearchQuery,
} from '@frontrunner/domain';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../connection/connect';
import { createTestDatabase } from '../testing/test-database';
import {
  findNearWords,
  insertSearchDocuments,
  rebuildFullText,
  replaceSearchDocuments,
  searchDocuments,
  type IndexedDocument,
} from './search.repository';

function buildDocument(overrides: {
  title: string;
  body?: string;
  lang?: string;
  refId?: string;
  country?: string;
  goals?: number[];
}): IndexedDocument {
  const lang = overrides.lang ?? 'en';
  const body = overrides.body ?? '';
  const goals = overrides.goals ?? [11];
  const country = overrides.country ?? 'THA';
  return {
    document: {
      id: randomUUID(),
      kind: 'case',
      ref_id: overrides.refId ?? randomUUID(),
      lang,
      title: overrides.title,
      body,
      title_words: indexText(overrides.title, lang),
      body_words: indexText(body, lang),
      path: '/cases/x',
      city_id: null,
      country_iso3: country,
      goals: JSON.stringify(goals),
      theme: 'waste_3r',
      dimensions: '["environment"]',
      city_size_class: 'medium',
      updated_at: '2030-01-01T00:00:00.000Z',
    },
    facets: { kind: ['case'], country: [country], goal: goals.map(String) },
  };
}

let handle: DatabaseHandle;
const search = (query: SearchQuery, filters: Record<string, string[]> = {}) =>
  searchDocuments(handle.db, { query, filters, limit: 10, offset: 0 });

beforeAll(async () => {
  handle = await createTestDatabase();
  await insertSearchDocuments(handle.db, [
    buildDocument({
      title: 'Waste bank',
      body: 'Households sell sorted plastic to the bank.',
      goals: [11, 12],
    }),
    buildDocument({
      title: 'Clean canals',
      body: 'Neighbourhoods keep the waste out of canals.',
      country: 'VNM',
      goals: [6],
    }),
    buildDocument({
      lang: 'th',
      title: 'ธนาคารขยะ',
      body: 'เทศบาลนครเชียงใหม่ได้จัดตั้งธนาคารขยะในชุมชนเพื่อลดปริมาณขยะพลาสติก',
    }),
    buildDocument({
      lang: 'km',
      title: 'សំរាម',
      body: 'រដ្ឋបាលក្រុងបាត់ដំបងបានបង្កើតកម្មវិធីធនាគារសំរាមនៅក្នុងសហគមន៍',
      country: 'KHM',
    }),
    buildDocument({
      lang: 'lo',
      title: 'ຂີ້ເຫຍື້ອ',
      body: 'ເທດສະບານນະຄອນຫຼວງວຽງຈັນໄດ້ສ້າງຕັ້ງທະນາຄານຂີ້ເຫຍື້ອໃນຊຸມຊົນ',
      country: 'LAO',
    }),
    buildDocument({
      lang: 'my',
      title: 'အမှိုက်',
      body: 'ရန်ကုန်မြို့တော်စည်ပင်သာယာရေးကော်မတီသည် ရပ်ကွက်များတွင် အမှိုက်ဘဏ်ကို တည်ထောင်ခဲ့သည်',
      country: 'MMR',
    }),
    buildDocument({
      lang: 'vi',
      title: 'Phân loại rác',
      body: 'Thành phố Đà Nẵng đã xây dựng hệ thống phân loại rác tại nguồn',
      country: 'VNM',
    }),
  ]);
});

afterAll(async () => {
  await handle.destroy();
});

describe('searchDocuments', () => {
  it.each([
    ['th', 'ชุมชน', 'ธนาคารขยะ'],
    ['km', 'កម្មវិធី', 'សំរាម'],
    ['lo', 'ທະນາຄານ', 'ຂີ້ເຫຍື້ອ'],
    ['my', 'ရပ်ကွက်', 'အမှိုက်'],
    ['vi', 'xây dựng', 'Phân loại rác'],
  ])('finds a %s document by a word from the middle of its body', async (lang, word, title) => {
    const result = await search(parseSearchQuery(word, lang));
    expect(result.rows.map((r) => r.title)).toEqual([title]);
  });

  it('ranks a match in the title above a match in the body', async () => {
    const result = await search(parseSearchQuery('waste'));
    expect(result.rows.map((r) => r.title)).toEqual(['Waste bank', 'Clean canals']);
    expect(result.rows[0]!.rank).toBeGreaterThan(result.rows[1]!.rank);
  });

  it('matches Latin words as prefixes, folded', async () => {
    const result = await search(parseSearchQuery('NEIGHBOUR'));
    expect(result.rows.map((r) => r.title)).toEqual(['Clean canals']);
    expect((await search(parseSearchQuery('da nang'))).total).toBe(1);
  });

  it('finds a typo through the vocabulary one edit away', async () => {
    const plain = parseSearchQuery('housholds');
    expect((await search(plain)).total).toBe(0);
    const near = await findNearWords(handle.db, 'housholds');
    expect(near.known).toBe(false);
    const typo = withTypoVariants(plain, () => near);
    expect((await search(typo)).rows.map((r) => r.title)).toEqual(['Waste bank']);
  });

  it('counts facets over every match and filters by them', async () => {
    const all = await search(parseSearchQuery('waste'));
    const countries = all.facets.filter((f) => f.facet === 'country');
    expect(countries).toEqual([
      { facet: 'country', value: 'THA', count: 1 },
      { facet: 'country', value: 'VNM', count: 1 },
    ]);
    const vn = await search(parseSearchQuery('waste'), { country: ['VNM'] });
    expect(vn.rows.map((r) => r.title)).toEqual(['Clean canals']);
    const goal12 = await search({ terms: [] }, { goal: ['12'] });
    expect(goal12.rows.map((r) => r.title)).toEqual(['Waste bank']);
  });

  it('does not find a short Burmese word inside a longer one (FTS5 cuts words at marks)', async () => {
    await insertSearchDocuments(handle.db, [
      buildDocument({ lang: 'my', title: 'ကျန်းမာရေး', country: 'MMR' }),
    ]);
    expect((await search(parseSearchQuery('ကျန်းမာရေး', 'my'))).total).toBe(1);
    expect((await search(parseSearchQuery('ရေ', 'my'))).total).toBe(0);
  });

  it('reads words a user types as words, not as query syntax', async () => {
    for (const text of ['"waste" OR', "waste' | !", 'NEAR(waste bank)', 'waste*:'])
      await expect(search(parseSearchQuery(text))).resolves.toBeDefined();
  });

  it('forgets the old text of a document that is replaced, and finds the new', async () => {
    const refId = randomUUID();
    await insertSearchDocuments(handle.db, [buildDocument({ refId, title: 'Solar streetlights' })]);
    expect((await search(parseSearchQuery('solar'))).total).toBe(1);
    await replaceSearchDocuments(handle.db, 'case', refId, [
      buildDocument({ refId, title: 'Rooftop gardens' }),
    ]);
    await rebuildFullText(handle.db);
    expect((await search(parseSearchQuery('solar'))).total).toBe(0);
    expect((await search(parseSearchQuery('rooftop'))).total).toBe(1);
  });
});
