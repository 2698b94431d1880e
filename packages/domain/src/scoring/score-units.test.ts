import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors';
import { buildCodebookEntry } from './codebook.factory';
import { scoreUnits } from './score-units';
import type { CodebookEntry, ScoringObservation } from './types';

// Goal 1: a (scores = values, g* 80, r* 40) and b (lower is better, g* 90, r* 50);
// goal 2: c and d; goal 3: e.
const codebook: CodebookEntry[] = [
  buildCodebookEntry({ series: 'a', goal: 1 }),
  buildCodebookEntry({ series: 'b', goal: 1, optimum: 0, lowerBound: 20, green: 2, red: 10 }),
  buildCodebookEntry({ series: 'c', goal: 2 }),
  buildCodebookEntry({ series: 'd', goal: 2 }),
  buildCodebookEntry({ series: 'e', goal: 3 }),
];
const obs = (unit: string, series: string, year: number, value: number): ScoringObservation => ({
  unit,
  series,
  year,
  value,
});
const alpha = [
  obs('alpha', 'a', 2015, 40),
  obs('alpha', 'a', 2020, 54),
  obs('alpha', 'b', 2019, 6),
  obs('alpha', 'c', 2016, 90),
  obs('alpha', 'd', 2015, 30),
  obs('alpha', 'd', 2022, 30),
];

describe('scoreUnits', () => {
  it('scores each indicator from its latest year and trends it over its window', () => {
    const [unit] = scoreUnits(codebook, alpha);
    expect(unit?.indicators).toEqual([
      { series: 'a', score: 54, colour: 'orange', trend: '↑', year: 2020, value: 54 },
      { series: 'b', score: 70, colour: 'yellow', trend: '•', year: 2019, value: 6 },
      { series: 'c', score: 90, colour: 'green', trend: '•', year: 2016, value: 90 },
      { series: 'd', score: 30, colour: 'red', trend: '→', year: 2022, value: 30 },
      { series: 'e', score: null, colour: 'grey', trend: '•', year: null, value: null },
    ]);
  });

  it('averages indicators into goals and goals into the index, leaving out unscored goals', () => {
    const [unit] = scoreUnits(codebook, alpha);
    // Goal 1: 0–4 values 1.7 and 2 → 1.85 orange; goal 2: 3.5 and 0.75 → 2.125 yellow.
    expect(unit?.goals).toEqual([
      { goal: 1, score: (54 + 70) / 2, colour: 'orange', trend: '↑' },
      { goal: 2, score: (90 + 30) / 2, colour: 'yellow', trend: '→' },
      { goal: 3, score: null, colour: 'grey', trend: '•' },
    ]);
    expect(unit?.index).toBe(((54 + 70) / 2 + (90 + 30) / 2) / 2);
    expect(unit?.missingShare).toBe(1 / 5);
  });

  it('gives no index beyond 20% missing indicators, but still the dashboards', () => {
    const [unit] = scoreUnits(codebook, [obs('beta', 'a', 2020, 90), obs('beta', 'e', 2020, 10)]);
    expect(unit?.missingShare).toBe(3 / 5);
    expect(unit?.index).toBeNull();
    expect(unit?.goals.map((goal) => goal.colour)).toEqual(['green', 'grey', 'red']);
    const lenient = scoreUnits(codebook, [obs('beta', 'a', 2020, 90)], { maxMissingShare: 0.8 });
    expect(lenient[0]?.index).toBe(90);
  });

  it('ignores unknown series, non-finite values and years after asOfYear', () => {
    const [unit] = scoreUnits(
      codebook,
      [
        ...alpha,
        obs('alpha', 'zzz', 2021, 1),
        obs('alpha', 'a', 2021, Number.NaN),
        obs('alpha', 'a', 2024, 0),
      ],
      { asOfYear: 2023 },
    );
    expect(unit?.indicators[0]).toMatchObject({ score: 54, year: 2020 });
  });

  it('keeps the later of two observations for the same year', () => {
    const [unit] = scoreUnits(codebook, [obs('u', 'a', 2020, 10), obs('u', 'a', 2020, 60)]);
    expect(unit?.indicators[0]).toMatchObject({ score: 60, value: 60 });
  });

  it('returns units in order of first appearance, however the observations interleave', () => {
    const mixed = [obs('x', 'a', 2020, 1), obs('y', 'a', 2020, 2), obs('x', 'c', 2020, 3)];
    const units = scoreUnits(codebook, mixed);
    expect(units.map((unit) => unit.unit)).toEqual(['x', 'y']);
    expect(units[0]?.indicators[2]?.value).toBe(3);
  });

  it('refuses an invalid codebook', () => {
    expect(() => scoreUnits([buildCodebookEntry({ goal: 0 })], alpha)).toThrow(ValidationError);
  });
});
