import { describe, expect, it } from 'vitest';
import { slugify, uniqueSlugs } from './city-slugs';

describe('slugify', () => {
  it('keeps lowercase ASCII letters, digits and single hyphens', () => {
    expect(slugify('Ho Chi Minh City')).toBe('ho-chi-minh-city');
    expect(slugify("  Hpa-An / 'Pa-an'  ")).toBe('hpa-an-pa-an');
    expect(slugify('Đà Nẵng')).toBe('da-nang');
  });
});

describe('uniqueSlugs', () => {
  it('uses the bare name when it is unique', () => {
    expect(uniqueSlugs([['Phnom Penh', 'KHM', 'Phnom Penh']])).toEqual(['phnom-penh']);
  });

  it('adds the country to every city that shares a name', () => {
    expect(
      uniqueSlugs([
        ['Kalibo', 'PHL', 'Aklan'],
        ['San Carlos', 'PHL', 'Negros'],
        ['San Carlos', 'IDN', 'Bali'],
      ]),
    ).toEqual(['kalibo', 'san-carlos-phl', 'san-carlos-idn']);
  });

  it('adds the province where the country is shared too', () => {
    expect(
      uniqueSlugs([
        ['San Fernando', 'PHL', 'La Union'],
        ['San Fernando', 'PHL', 'Pampanga'],
      ]),
    ).toEqual(['san-fernando-phl-la-union', 'san-fernando-phl-pampanga']);
  });

  it('numbers what stays shared, keeping the first bare', () => {
    expect(
      uniqueSlugs([
        ['Kon Tum', 'VNM', 'Kon Tum'],
        ['Kon Tum', 'VNM', 'Kon Tum'],
      ]),
    ).toEqual(['kon-tum-vnm-kon-tum', 'kon-tum-vnm-kon-tum-2']);
  });

  it('gives the same slug to an item whatever the order of the others', () => {
    const items = [
      ['Hue', 'VNM', 'Thua Thien'],
      ['Hue', 'PHL', 'Iloilo'],
      ['Dili', 'TLS', 'Dili'],
    ] as const;
    const forward = uniqueSlugs(items);
    const backward = uniqueSlugs([...items].reverse()).reverse();
    expect(backward).toEqual(forward);
    expect(forward).toEqual(['hue-vnm', 'hue-phl', 'dili']);
  });

  it('never returns an empty slug', () => {
    expect(uniqueSlugs([['ភ្នំពេញ']])).toEqual(['place']);
  });
});
