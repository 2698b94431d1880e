import { describe, expect, it } from 'vitest';
import { checkDisaggregation, checkYear, gridYears, startingYears } from './grid-additions.ts';

describe('grid additions', () => {
  const range = { min: 1990, max: 2026 };

  it('accepts years in range and says what is wrong with others', () => {
    expect(checkYear(' 2024 ', range)).toEqual({ ok: true, year: 2024 });
    expect(checkYear('24', range)).toEqual({ ok: false, problem: 'not-a-year' });
    expect(checkYear('2031', range)).toEqual({ ok: false, problem: 'out-of-range' });
    expect(checkYear('1989', range)).toEqual({ ok: false, problem: 'out-of-range' });
  });

  it('folds dimension names and refuses what the API would', () => {
    expect(checkDisaggregation('Age group', ' 15-24 ')).toEqual({
      ok: true,
      disaggregation: { age_group: '15-24' },
    });
    expect(checkDisaggregation('1st', 'x')).toEqual({ ok: false, problem: 'bad-dimension' });
    expect(checkDisaggregation('sex', ' ')).toEqual({ ok: false, problem: 'empty-value' });
    expect(checkDisaggregation('sex', 'a;b')).toEqual({ ok: false, problem: 'too-long' });
  });

  it('starts with the five years before this one', () => {
    expect(startingYears(new Date('2026-06-01T00:00:00Z'))).toEqual([2025, 2024, 2023, 2022, 2021]);
  });
});

describe('gridYears', () => {
  it('fills the gaps between saved and starting years, latest first', () => {
    expect(gridYears([2015, 2018], [2021, 2022], [])).toEqual([
      2022, 2021, 2020, 2019, 2018, 2017, 2016, 2015,
    ]);
  });

  it('fills at most fifteen years back but keeps older saved years', () => {
    const years = gridYears([1998], [2025], []);
    expect(years[0]).toBe(2025);
    expect(years).toContain(2011);
    expect(years).not.toContain(2010);
    expect(years.at(-1)).toBe(1998);
  });
});
