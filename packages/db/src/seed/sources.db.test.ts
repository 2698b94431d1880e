import { ASEAN_COUNTRIES, haversineKm } from '@frontrunner/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSeedSources, type SeedSources } from './sources';

let sources: SeedSources;

beforeAll(async () => {
  sources = await loadSeedSources();
});

describe('loadSeedSources, on the copied seed files', () => {
  it('builds the 17 goals with their official colours and long titles', () => {
    const { goals } = sources.framework;
    expect(goals.map((g) => g.number)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
    expect(goals[10]).toMatchObject({
      code: '11',
      shortTitle: 'Sustainable Cities and Communities',
      title: 'Make cities and human settlements inclusive, safe, resilient and sustainable',
      colour: '#FD9D24',
    });
  });

  it('builds the 169 targets, 11.c included', () => {
    const { targets } = sources.framework;
    expect(targets).toHaveLength(169);
    expect(targets.find((t) => t.code === '11.c')?.title).toMatch(/^Support least developed/);
  });

  it('builds 232 indicators linked 248 times (249 rows less 11.c without indicator)', () => {
    const { indicators } = sources.framework;
    expect(indicators).toHaveLength(232);
    expect(indicators.reduce((n, i) => n + i.links.length, 0)).toBe(248);
    expect(indicators.find((i) => i.id === 'C200303')?.links.map((l) => l.code)).toEqual([
      '1.5.1',
      '11.5.1',
      '13.1.1',
    ]);
  });

  it('has the Khmer title of goal 1', () => {
    const goal1 = sources.framework.translations.find(
      (t) => t.level === 'goal' && t.key === '1' && t.field === 'title',
    );
    expect(goal1?.texts.km).toBe('បញ្ចប់ភាពក្រីក្រនៅគ្រប់ទម្រង់ទាំងអស់នៅគ្រប់ទីកន្លែង');
  });

  it('gives every ASEAN country a polygon outline', () => {
    expect(sources.countries.map((c) => c.iso3)).toEqual(ASEAN_COUNTRIES.map((c) => c.iso3));
    for (const c of sources.countries) {
      expect(['Polygon', 'MultiPolygon']).toContain(c.outline.type);
      expect(c.outline.coordinates.length).toBeGreaterThan(0);
    }
  });

  it('merges at least 400 cities across all ten countries, each with a unique slug', () => {
    const { cities } = sources;
    expect(cities.length).toBeGreaterThanOrEqual(400);
    expect(new Set(cities.map((c) => c.countryIso3))).toEqual(
      new Set(ASEAN_COUNTRIES.map((c) => c.iso3)),
    );
    expect(new Set(cities.map((c) => c.slug)).size).toBe(cities.length);
    for (const c of cities) expect(c.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('lists each famous city once, found in both lists', () => {
    const famous = {
      'phnom-penh': 'KHM',
      bangkok: 'THA',
      hanoi: 'VNM',
      'da-nang': 'VNM',
      jakarta: 'IDN',
      manila: 'PHL',
      singapore: 'SGP',
      vientiane: 'LAO',
      yangon: 'MMR', // both lists call it Rangoon; corrected in CITY_CORRECTIONS
      'kuala-lumpur': 'MYS',
      'bandar-seri-begawan': 'BRN',
    };
    for (const [slug, iso3] of Object.entries(famous)) {
      const found = sources.cities.filter((c) => c.slug === slug || c.slug.startsWith(`${slug}-`));
      expect(found.map((c) => [c.slug, c.countryIso3, c.sources.length])).toEqual([
        [slug, iso3, 2],
      ]);
    }
  });

  it('never lists one point twice, as simplemaps copies of Natural Earth places would be', () => {
    const twice = sources.cities.flatMap((a, i) =>
      sources.cities
        .slice(i + 1)
        .filter((b) => a.population === b.population && haversineKm(a, b) < 0.1)
        .map((b) => `${a.slug} = ${b.slug}`),
    );
    expect(twice).toEqual([]);
    expect(sources.cities.find((c) => c.slug === 'makassar')?.sources).toHaveLength(2);
  });

  it('marks exactly one national capital per country (Yangon corrected to a regional capital)', () => {
    const capitals = sources.cities.filter((c) => c.capital === 'national');
    expect(capitals.map((c) => c.slug).sort()).toEqual(
      [
        'bandar-seri-begawan',
        'bangkok',
        'hanoi',
        'jakarta',
        'kuala-lumpur',
        'manila',
        'nay-pyi-taw',
        'phnom-penh',
        'singapore',
        'vientiane',
      ].sort(),
    );
  });
});
