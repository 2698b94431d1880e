import { describe, expect, it } from 'vitest';
import {
  isSimilarCityName,
  jaroWinkler,
  nameSimilarity,
  normaliseCityName,
} from './name-similarity';

describe('normaliseCityName', () => {
  it('strips diacritics, including the Vietnamese đ', () => {
    expect(normaliseCityName('Đà Nẵng')).toBe('da nang');
    expect(normaliseCityName('Buôn Ma Thuột')).toBe('buon ma thuot');
  });

  it('drops case, punctuation and the words City and Kota', () => {
    expect(normaliseCityName('City of Parañaque')).toBe('paranaque');
    expect(normaliseCityName('Kota Kinabalu')).toBe('kinabalu');
    expect(normaliseCityName('Hpa-An')).toBe('hpa an');
  });
});

describe('jaroWinkler', () => {
  it('gives the textbook values', () => {
    expect(jaroWinkler('MARTHA', 'MARHTA')).toBeCloseTo(0.961, 3);
    expect(jaroWinkler('DWAYNE', 'DUANE')).toBeCloseTo(0.84, 3);
    expect(jaroWinkler('DIXON', 'DICKSONX')).toBeCloseTo(0.813, 3);
  });

  it('is 1 for equal strings and 0 when nothing is shared', () => {
    expect(jaroWinkler('hue', 'hue')).toBe(1);
    expect(jaroWinkler('abc', 'xyz')).toBe(0);
    expect(jaroWinkler('', 'hue')).toBe(0);
  });
});

describe('nameSimilarity', () => {
  it('is 1 for names equal once normalised', () => {
    expect(nameSimilarity('Cebu City', 'Cebu')).toBe(1);
    expect(nameSimilarity('Da Nang', 'Đà Nẵng')).toBe(1);
  });

  it('scores a name found whole inside the other as 0.95', () => {
    expect(nameSimilarity('Koh Kong', 'Krong Koh Kong')).toBe(0.95);
  });

  it('does not count a fragment of a word as containment', () => {
    expect(nameSimilarity('Hue', 'Phu Huey')).toBeLessThan(0.95);
  });

  it('compares names without spaces so split spellings meet', () => {
    expect(nameSimilarity('Naypyidaw', 'Nay Pyi Taw')).toBeGreaterThan(0.95);
  });

  it('is 0 when a name has nothing left after normalising', () => {
    expect(nameSimilarity('City', 'City')).toBe(0);
  });
});

describe('isSimilarCityName', () => {
  it('accepts spelling variants of one city', () => {
    expect(isSimilarCityName('Kampong Thum', 'Kampong Thom')).toBe(true);
    expect(isSimilarCityName('Bandjarmasin', 'Banjarmasin')).toBe(true);
  });

  it('rejects different cities with alike names', () => {
    expect(isSimilarCityName('Pasay City', 'Pasig City')).toBe(false);
    expect(isSimilarCityName('Bac Giang', 'Bac Ninh')).toBe(false);
  });
});
