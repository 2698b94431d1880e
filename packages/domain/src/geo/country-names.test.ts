import { describe, expect, it } from 'vitest';
import { SUPPORTED_LANGUAGES } from '../framework/language';
import { ASEAN_COUNTRIES } from './country';
import { countryName } from './country-names';

describe('countryName', () => {
  it('names every member state in every product language, never by its code', () => {
    for (const lang of SUPPORTED_LANGUAGES)
      for (const { iso3 } of ASEAN_COUNTRIES) {
        const name = countryName(iso3, lang);
        expect(name, `${iso3} in ${lang}`).not.toBe(iso3);
        expect(name.trim(), `${iso3} in ${lang}`).toBe(name);
      }
  });

  it('writes English as the ASEAN Secretariat does', () => {
    expect(ASEAN_COUNTRIES.map((c) => countryName(c.iso3, 'en'))).toEqual(
      ASEAN_COUNTRIES.map((c) => c.name),
    );
    expect(countryName('LAO', 'en')).toBe('Lao PDR');
  });

  it('writes Khmer, Lao and Burmese as CLDR does, Myanmar without "(Burma)"', () => {
    for (const lang of ['km', 'lo', 'my'] as const) {
      const cldr = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' });
      for (const { iso2, iso3 } of ASEAN_COUNTRIES)
        expect(countryName(iso3, lang), `${iso3} in ${lang}`).toBe(
          cldr.of(iso2)?.replace(/\s*\(.*\)$/u, ''),
        );
    }
    expect(countryName('KHM', 'km')).toBe('កម្ពុជា');
    expect(countryName('MMR', 'km')).toBe('មីយ៉ាន់ម៉ា');
  });

  it('reads the code in any case and answers the code for a country outside ASEAN', () => {
    expect(countryName(' khm ', 'lo')).toBe('ກຳປູເຈຍ');
    expect(countryName('jpn', 'km')).toBe('JPN');
  });
});
