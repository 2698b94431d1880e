import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalise, scoringDirection } from './normalise';
import { scoreUnits } from './score-units';
import type { CodebookEntry, ScoringObservation } from './types';

/** Published scores are rounded to three decimals. */
const ROUNDING = 0.0005 + 1e-9;

interface SdrCodebookRow {
  IndCode: string;
  SDG: number;
  'Optimum (= 100)': number;
  'Green threshold': number;
  'Red threshold': number;
  'Lower Bound (=0)': number;
}

function fixture<T>(name: string): T {
  const url = new URL(`../../test-fixtures/sdr/${name}`, import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as T;
}

/** SDR 2024 edition raw values, latest year per country: indicator → [iso3, year, value][]. */
const raw = fixture<Record<string, [string, number, number][]>>(
  'sdr2024_raw_latest_unchanged.json',
);
const codebook: CodebookEntry[] = fixture<SdrCodebookRow[]>('sdr2025_codebook.json')
  .filter((row) => row.IndCode in raw)
  .map((row) => ({
    series: row.IndCode,
    goal: row.SDG,
    optimum: row['Optimum (= 100)'],
    green: row['Green threshold'],
    red: row['Red threshold'],
    lowerBound: row['Lower Bound (=0)'],
  }));
const published = new Map(
  fixture<{ iso3: string; indicators: Record<string, number> }[]>(
    'sdr2025_indicator_scores.json',
  ).map((unit) => [unit.iso3, unit.indicators]),
);
const cases = codebook.flatMap((entry) =>
  (raw[entry.series] ?? []).map(([unit, year, value]) => ({
    entry,
    unit,
    year,
    value,
    score: published.get(unit)?.[entry.series] as number,
  })),
);

describe('SDR 2025 normalisation from raw values', () => {
  it('covers both directions and both clamps, so the fixture can catch a wrong formula', () => {
    const directions = new Set(codebook.map((entry) => scoringDirection(entry)));
    const unclamped = (c: (typeof cases)[number]): number =>
      (100 * (c.value - c.entry.lowerBound)) / (c.entry.optimum - c.entry.lowerBound);
    expect([...directions].sort()).toEqual(['higher', 'lower']);
    expect(cases.some((c) => unclamped(c) > 100)).toBe(true);
    expect(cases.some((c) => unclamped(c) < 0)).toBe(true);
    expect(cases.every((c) => typeof c.score === 'number')).toBe(true);
  });

  it('reproduces every published 2025 score of the indicators whose data did not change', () => {
    const misses = cases.filter((c) => Math.abs(normalise(c.value, c.entry) - c.score) > ROUNDING);
    expect(codebook).toHaveLength(24);
    expect(cases.length).toBeGreaterThan(3000);
    expect(misses).toEqual([]);
  });

  it('reproduces the same scores through scoreUnits, with the latest year and value kept', () => {
    const observations: ScoringObservation[] = cases.map(({ entry, unit, year, value }) => ({
      unit,
      series: entry.series,
      year,
      value,
    }));
    const units = scoreUnits(codebook, observations, { maxMissingShare: 1 });
    const misses = units.flatMap((unit) =>
      unit.indicators.filter((indicator) => {
        const expected = published.get(unit.unit)?.[indicator.series];
        if (indicator.score === null) return false;
        return expected === undefined || Math.abs(indicator.score - expected) > ROUNDING;
      }),
    );
    const scored = units.reduce(
      (sum, unit) => sum + unit.indicators.filter((i) => i.score !== null).length,
      0,
    );
    expect(scored).toBe(cases.length);
    expect(misses).toEqual([]);
  });
});
