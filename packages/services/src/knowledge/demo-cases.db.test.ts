import { projectsRepository, seedReferenceData } from '@frontrunner/db';
import { createTestDatabase } from '@frontrunner/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_OPERATOR, ANONYMOUS } from '../access/actor';
import { seedDemoProjects } from '../projects/demo-projects.service';
import { search } from '../search/search.service';
import { listCases } from './case.service';
import { seedDemoCases } from './demo-cases.service';
import { caseReplications } from './lineage.service';

let handle: Awaited<ReturnType<typeof createTestDatabase>>;
const clock = () => new Date('2026-02-01T00:00:00Z');
const visitor = { actor: ANONYMOUS };

beforeAll(async () => {
  handle = await createTestDatabase();
  await seedReferenceData(handle);
});
afterAll(async () => {
  await handle.destroy();
});

async function publishedCases() {
  const page = await listCases(handle.db, visitor, { limit: 50, offset: 0 });
  const byCity = (slug: string) => page.items.find((c) => c.city.slug === slug);
  return { page, byCity };
}

describe('demo cases and replication lineage', () => {
  it('adds nothing before the demo projects exist', async () => {
    expect(await seedDemoCases({ db: handle.db, clock })).toBe(false);
    expect((await publishedCases()).page.total).toBe(0);
  });

  it('publishes three cases grown from completed demo projects, once', async () => {
    await seedDemoProjects({ db: handle.db, clock });
    expect(await seedDemoCases({ db: handle.db, clock })).toBe(true);
    expect(await seedDemoCases({ db: handle.db, clock })).toBe(false);
    const { page } = await publishedCases();
    expect(page.total).toBe(3);
    const demo = await projectsRepository.listProjects(
      handle.db,
      { demo: true },
      { limit: 50, offset: 0 },
    );
    expect(demo.total).toBe(6);
    for (const practice of page.items) {
      expect(practice.status).toBe('published');
      expect(practice.texts.map((t) => t.lang)[0]).toBe('en');
      expect(practice.texts.length).toBeGreaterThanOrEqual(2);
      for (const text of practice.texts) {
        expect(text.title).toMatch(/\(demo\)$/);
        for (const part of [text.problem, text.actions, text.whatWorked, text.howToReplicate])
          expect(part?.length, `${practice.city.slug} ${text.lang}`).toBeGreaterThan(40);
      }
      expect(practice.cost).toBeGreaterThan(0);
      expect(practice.partners.length).toBeGreaterThan(1);
      expect(practice.contacts[0]?.email).toMatch(/@.+\.example$/);
    }
  });

  it('gives each case in the city’s own language beside English', async () => {
    const { byCity } = await publishedCases();
    expect(byCity('battambang')?.texts.map((t) => t.lang)).toEqual(['en', 'km']);
    expect(byCity('chiang-mai')?.texts.map((t) => t.lang)).toEqual(['en', 'th']);
    expect(byCity('surabaya')?.texts.map((t) => t.lang)).toEqual(['en', 'id']);
  });

  it('takes its results from the monitored indicators of the project it grew from', async () => {
    const { byCity } = await publishedCases();
    const practice = byCity('battambang');
    expect(practice?.results).toEqual([
      {
        label: 'Organic waste composted',
        value: 1020,
        unit: 't',
        baseline: 0,
        year: 2025,
        seriesCode: null,
      },
      {
        label: 'Municipal solid waste collected and managed in controlled facilities',
        value: 57,
        unit: '%',
        baseline: 45,
        year: 2025,
        seriesCode: '11.6.1',
      },
    ]);
    const origin = await projectsRepository.findProject(handle.db, practice?.projectId ?? '');
    expect(origin?.status).toBe('completed');
  });

  it('shows where a case was replicated, with actuals against targets', async () => {
    const { byCity } = await publishedCases();
    const battambang = await caseReplications(handle.db, visitor, byCity('battambang')!.id);
    expect(battambang).toHaveLength(1);
    expect(battambang[0]).toMatchObject({
      title: 'Market-waste composting in Siem Reap, after Battambang (demo)',
      status: 'implementing',
      city: { slug: 'siem-reap', country: 'KHM' },
    });
    expect(
      battambang[0]?.results.map(({ name, period, target, actual, baseline }) => ({
        name,
        period,
        target,
        actual,
        baseline,
      })),
    ).toEqual([
      { name: 'Organic waste composted', period: '2025', target: 400, actual: 430, baseline: 0 },
      {
        name: 'Municipal solid waste collected and managed in controlled facilities',
        period: '2025',
        target: 46,
        actual: 47,
        baseline: 40,
      },
    ]);
    const surabaya = await caseReplications(handle.db, visitor, byCity('surabaya')!.id);
    expect(surabaya.map((r) => [r.city.slug, r.status])).toEqual([['phnom-penh', 'planned']]);
    expect(surabaya[0]?.results.map((r) => [r.period, r.target, r.actual])).toEqual([
      ['2026', 20, null],
      ['2026', 10, null],
    ]);
    expect(await caseReplications(handle.db, visitor, byCity('chiang-mai')!.id)).toEqual([]);
  });

  it('finds a Khmer and a Thai word from the middle of a case sentence', async () => {
    const ctx = { actor: LOCAL_OPERATOR };
    const khmer = await search(
      handle.db,
      ctx,
      { q: 'មេតាន', lang: 'km', kinds: ['case'], limit: 10, offset: 0 },
      clock,
    );
    expect(khmer.items.map((h) => [h.lang, h.title])).toEqual([
      ['km', 'ការធ្វើជីកំប៉ុស្តពីសំណល់ផ្សារដោយសហគមន៍នៅបាត់ដំបង (demo)'],
    ]);
    const thai = await search(
      handle.db,
      ctx,
      { q: 'ไฟป่า', lang: 'th', kinds: ['case'], limit: 10, offset: 0 },
      clock,
    );
    expect(thai.items.map((h) => h.lang)).toEqual(['th']);
    expect(thai.items[0]?.path).toMatch(/^\/cases\//);
  });
});
