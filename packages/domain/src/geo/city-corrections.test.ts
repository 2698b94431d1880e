import { describe, expect, it } from 'vitest';
import type { City } from './city';
import { applyCityCorrections } from './city-corrections';

const rangoon: City = {
  slug: 'rangoon',
  name: 'Rangoon',
  asciiName: 'Rangoon',
  countryIso3: 'MMR',
  province: 'Yangon',
  latitude: 16.78,
  longitude: 96.17,
  population: 4088000,
  populationSource: 'simplemaps',
  capital: 'national',
  geonamesId: '1298824',
  wikidataId: 'Q37995',
  simplemapsId: '1104616656',
  sources: ['natural-earth', 'simplemaps'],
};

describe('city corrections', () => {
  it('renames Rangoon to Yangon and makes it a provincial capital, keeping the rest', () => {
    const [yangon] = applyCityCorrections([rangoon]);
    expect(yangon).toMatchObject({
      slug: 'yangon',
      name: 'Yangon',
      capital: 'provincial',
      population: 4088000,
    });
  });

  it('leaves other cities untouched', () => {
    const other = { ...rangoon, slug: 'mandalay', name: 'Mandalay' };
    expect(applyCityCorrections([other])[0]).toBe(other);
  });
});
