import { describe, expect, it } from 'vitest';
import { ASEAN_COUNTRIES, findCountry } from './country';

describe('ASEAN_COUNTRIES', () => {
  it('lists the ten members with their UN M49 codes', () => {
    expect(Object.fromEntries(ASEAN_COUNTRIES.map((c) => [c.iso3, c.m49]))).toEqual({
      BRN: 96,
      KHM: 116,
      IDN: 360,
      LAO: 418,
      MYS: 458,
      MMR: 104,
      PHL: 608,
      SGP: 702,
      THA: 764,
      VNM: 704,
    });
  });

  it('pairs each alpha-3 code with its ISO alpha-2 code', () => {
    expect(ASEAN_COUNTRIES.map((c) => `${c.iso3}:${c.iso2}`).join(' ')).toBe(
      'BRN:BN KHM:KH IDN:ID LAO:LA MYS:MY MMR:MM PHL:PH SGP:SG THA:TH VNM:VN',
    );
  });
});

describe('findCountry', () => {
  it('finds a member by its alpha-3 code in any case', () => {
    expect(findCountry('vnm')?.name).toBe('Viet Nam');
    expect(findCountry('LAO')?.name).toBe('Lao PDR');
  });

  it('returns undefined for a country outside ASEAN', () => {
    expect(findCountry('TLS')).toBeUndefined();
  });
});
