import { describe, expect, it } from 'vitest';
import { disaggregationKey, isHeadline, parseDisaggregationKey } from './observation';
import { neutraliseFormula } from './text-safety';

describe('disaggregation keys', () => {
  it('are the same whatever the order of dimensions', () => {
    expect(disaggregationKey({ sex: 'female', age: '15-24' })).toBe(
      disaggregationKey({ age: '15-24', sex: 'female' }),
    );
    expect(disaggregationKey({ sex: 'female', age: '15-24' })).toBe('age=15-24;sex=female');
  });

  it('are empty for the headline and round-trip', () => {
    expect(disaggregationKey({})).toBe('');
    expect(isHeadline(parseDisaggregationKey(''))).toBe(true);
    expect(parseDisaggregationKey('age=15-24;sex=female')).toEqual({ age: '15-24', sex: 'female' });
  });
});

describe('formula neutralisation', () => {
  it('prefixes text a spreadsheet would evaluate, and only that', () => {
    expect(neutraliseFormula('=HYPERLINK("http://evil")')).toBe(`'=HYPERLINK("http://evil")`);
    expect(neutraliseFormula('+1')).toBe("'+1");
    expect(neutraliseFormula('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(neutraliseFormula('Survey 2021')).toBe('Survey 2021');
  });
});
