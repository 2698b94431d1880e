import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors';
import { assertValidCodebook, checkCodebook } from './codebook';
import { buildCodebookEntry } from './codebook.factory';

describe('checkCodebook', () => {
  it('accepts higher- and lower-is-better entries', () => {
    const lower = buildCodebookEntry({
      series: 'b',
      optimum: 0,
      lowerBound: 20,
      green: 2,
      red: 10,
    });
    expect(checkCodebook([buildCodebookEntry(), lower])).toEqual([]);
  });

  it('lists every problem at once, by field', () => {
    const problems = checkCodebook([
      buildCodebookEntry({ series: 'a', goal: 18 }),
      buildCodebookEntry({ series: 'a', optimum: 0 }),
      buildCodebookEntry({ series: 'c', green: 30, red: 60 }),
      buildCodebookEntry({ series: 'd', trendFrom: 2030, red: Number.NaN }),
    ]);
    expect(problems.map((problem) => problem.field)).toEqual([
      'codebook[0].goal',
      'codebook[1].series',
      'codebook[1].optimum',
      'codebook[2].green',
      'codebook[3].red',
      'codebook[3].trendFrom',
    ]);
  });

  it('throws a ValidationError carrying the problems', () => {
    const invalid = [buildCodebookEntry({ lowerBound: 100 })];
    expect(() => assertValidCodebook(invalid)).toThrow(ValidationError);
    expect(() => assertValidCodebook([buildCodebookEntry()])).not.toThrow();
  });
});
