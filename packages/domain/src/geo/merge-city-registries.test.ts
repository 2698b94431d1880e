import { describe, expect, it } from 'vitest';
import type { NaturalEarthPlaceRecord, SimplemapsCityRecord } from './city';
import { CityDataError } from './city';
import { mergeCityRegistries } from './merge-city-registries';

function buildNaturalEarthPlace(
  overrides: Partial<NaturalEarthPlaceRecord> = {},
): NaturalEarthPlaceRecord {
  return {
    NAME: 'Phnom Penh',
    NAMEASCII: 'Phnom Penh',
    ADM0_A3: 'KHM',
    ADM1NAME: 'Phnom Penh',
    FEATURECLA: 'Admin-0 capital',
    LATITUDE: '11.55003382',
    LONGITUDE: '104.91663448',
    POP_MAX: '1466000',
    GEONAMEID: '1821306.0',
    wikidataid: 'Q1850',
    ...overrides,
  };
}

function buildSimplemapsCity(overrides: Partial<SimplemapsCityRecord> = {}): SimplemapsCityRecord {
  return {
    city: 'Phnom Penh',
    city_ascii: 'Phnom Penh',
    lat: '11.5500',
    lng: '104.9167',
    iso3: 'KHM',
    admin_name: 'Phnom Penh',
    capital: 'primary',
    population: '1573544',
    id: '1116260534',
    ...overrides,
  };
}

/** About 0.1° of latitude, 11 km: near enough to be one city. */
const NEAR = '11.65';
/** About 0.3° of latitude, 33 km: too far. */
const FAR = '11.85';

describe('mergeCityRegistries', () => {
  it('merges a similar name close by into one city carrying both lists', () => {
    const cities = mergeCityRegistries(
      [buildNaturalEarthPlace({ NAME: 'Kompong Chhnang', NAMEASCII: 'Kompong Chhnang' })],
      [buildSimplemapsCity({ city: 'Kampong Chhnang', city_ascii: 'Kampong Chhnang', lat: NEAR })],
    );
    expect(cities).toHaveLength(1);
    expect(cities[0]).toMatchObject({
      slug: 'kampong-chhnang',
      name: 'Kampong Chhnang',
      sources: ['natural-earth', 'simplemaps'],
      geonamesId: '1821306',
      wikidataId: 'Q1850',
      simplemapsId: '1116260534',
    });
  });

  it('keeps the same name too far away as two cities', () => {
    const cities = mergeCityRegistries(
      [buildNaturalEarthPlace()],
      [buildSimplemapsCity({ lat: FAR })],
    );
    expect(cities.map((c) => c.sources)).toEqual([['natural-earth'], ['simplemaps']]);
  });

  it('keeps the same name and place in different countries as two cities', () => {
    const cities = mergeCityRegistries(
      [buildNaturalEarthPlace()],
      [buildSimplemapsCity({ iso3: 'THA' })],
    );
    expect(cities.map((c) => c.slug)).toEqual(['phnom-penh-khm', 'phnom-penh-tha']);
  });

  it('keeps different names close by as two cities', () => {
    const cities = mergeCityRegistries(
      [buildNaturalEarthPlace({ NAME: 'Pasay City', NAMEASCII: 'Pasay City', POP_MAX: '1' })],
      [buildSimplemapsCity({ city: 'Pasig City', city_ascii: 'Pasig City', lat: NEAR })],
    );
    expect(cities).toHaveLength(2);
  });

  it('matches each record at most once, to the nearest of two alike', () => {
    const cities = mergeCityRegistries(
      [buildNaturalEarthPlace()],
      [
        buildSimplemapsCity({ lat: NEAR, id: 'near' }),
        buildSimplemapsCity({
          lat: '11.70',
          id: 'far',
          city: 'Phnom Penh Thmei',
          city_ascii: 'Phnom Penh Thmei',
        }),
      ],
    );
    const merged = cities.find((c) => c.sources.length === 2);
    expect(merged?.simplemapsId).toBe('near');
    expect(cities).toHaveLength(2);
  });

  it('prefers the exact name over a nearer spelling variant', () => {
    const cities = mergeCityRegistries(
      [buildNaturalEarthPlace({ NAME: 'Kampong Thom', NAMEASCII: 'Kampong Thom' })],
      [
        buildSimplemapsCity({ city: 'Kampong Thum', city_ascii: 'Kampong Thum', id: 'variant' }),
        buildSimplemapsCity({
          city: 'Kampong Thom',
          city_ascii: 'Kampong Thom',
          lat: NEAR,
          id: 'exact',
        }),
      ],
    );
    expect(cities.find((c) => c.sources.length === 2)?.simplemapsId).toBe('exact');
  });

  it('takes simplemaps population, else Natural Earth POP_MAX, and says which', () => {
    const [withSm] = mergeCityRegistries([buildNaturalEarthPlace()], [buildSimplemapsCity()]);
    const [withNe] = mergeCityRegistries(
      [buildNaturalEarthPlace()],
      [buildSimplemapsCity({ population: '' })],
    );
    expect(withSm).toMatchObject({ population: 1573544, populationSource: 'simplemaps' });
    expect(withNe).toMatchObject({ population: 1466000, populationSource: 'natural-earth' });
  });

  it('takes the highest capital flag either list gives', () => {
    const [city] = mergeCityRegistries(
      [buildNaturalEarthPlace({ FEATURECLA: 'Admin-1 capital' })],
      [buildSimplemapsCity({ capital: 'minor' })],
    );
    expect(city?.capital).toBe('provincial');
    const [national] = mergeCityRegistries([], [buildSimplemapsCity({ capital: 'primary' })]);
    expect(national?.capital).toBe('national');
  });

  it('folds a simplemaps copy of a Natural Earth point under another name into that city', () => {
    const cities = mergeCityRegistries(
      [
        buildNaturalEarthPlace({
          NAME: 'Ujungpandang',
          NAMEASCII: 'Ujungpandang',
          POP_MAX: '1262000',
        }),
      ],
      [
        buildSimplemapsCity({
          city: 'Makassar',
          city_ascii: 'Makassar',
          lat: '11.5500',
          lng: '104.9166',
          population: '1262000',
        }),
      ],
    );
    expect(cities).toHaveLength(1);
    expect(cities[0]).toMatchObject({ name: 'Makassar', sources: ['natural-earth', 'simplemaps'] });
  });

  it('folds a list’s own duplicate nearby into one city', () => {
    const cities = mergeCityRegistries(
      [buildNaturalEarthPlace(), buildNaturalEarthPlace({ LATITUDE: NEAR })],
      [],
    );
    expect(cities).toHaveLength(1);
  });

  it('treats Natural Earth provinces with lost letters as unknown', () => {
    const [city] = mergeCityRegistries([buildNaturalEarthPlace({ ADM1NAME: 'Qu?ng Nam' })], []);
    expect(city?.province).toBeNull();
  });

  it('gives the same cities and slugs whatever the input order', () => {
    const ne = [
      buildNaturalEarthPlace(),
      buildNaturalEarthPlace({
        NAME: 'San Jose',
        NAMEASCII: 'San Jose',
        ADM0_A3: 'PHL',
        ADM1NAME: 'Antique',
        LATITUDE: '10.7',
      }),
    ];
    const sm = [
      buildSimplemapsCity({
        city: 'San Jose',
        city_ascii: 'San Jose',
        iso3: 'PHL',
        admin_name: 'Dinagat Islands',
        lat: '10.18',
        lng: '125.57',
        id: 'a',
      }),
      buildSimplemapsCity({
        city: 'San Jose',
        city_ascii: 'San Jose',
        iso3: 'PHL',
        admin_name: 'Antique',
        lat: '10.745',
        lng: '121.94',
        id: 'b',
      }),
    ];
    const forward = mergeCityRegistries(ne, sm);
    expect(mergeCityRegistries([...ne].reverse(), [...sm].reverse())).toEqual(forward);
    expect(forward.map((c) => c.slug).sort()).toEqual([
      'phnom-penh',
      'san-jose-phl-antique',
      'san-jose-phl-antique-2',
      'san-jose-phl-dinagat-islands',
    ]);
  });

  it('rejects a record whose coordinates are not numbers', () => {
    expect(() => mergeCityRegistries([buildNaturalEarthPlace({ LATITUDE: '' })], [])).toThrow(
      CityDataError,
    );
  });
});
