import { describe, expect, it } from 'vitest';
import { buildCodebookEntry } from './codebook.factory';
import { dashboardValue, goalColour, indicatorColour } from './dashboard';
import { normalise } from './normalise';
import { scoreUnits } from './score-units';
import { goalTrend, sdsnTrend, sdsnTrendRatio } from './sdsn-trend';
import type { CodebookEntry, ScoringObservation, UnitScore, YearValue } from './types';

/** Mulberry32: a small seeded generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function buildCase(seed: number) {
  const next = random(seed);
  const codebook: CodebookEntry[] = Array.from({ length: 12 }, (_, i) => {
    const lowerIsBetter = next() < 0.5;
    const [optimum, lowerBound] = lowerIsBetter ? [5, 60] : [95, 10];
    const [green, red] = lowerIsBetter ? [15 + next() * 5, 30 + next() * 20] : [80, 30];
    return buildCodebookEntry({
      series: `s${i}`,
      goal: 1 + (i % 5),
      optimum,
      lowerBound,
      green,
      red,
      ...(next() < 0.3 ? { trendFrom: 2017 } : {}),
    });
  });
  const observations: ScoringObservation[] = [];
  for (let u = 0; u < 40; u++) {
    for (const entry of codebook) {
      if (next() < 0.25) continue;
      for (let year = 2010; year <= 2024; year++) {
        if (next() < 0.5)
          observations.push({ unit: `u${u}`, series: entry.series, year, value: next() * 110 - 5 });
      }
    }
  }
  // Shuffle: the scorer must not depend on the order of the observations.
  for (let i = observations.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [observations[i], observations[j]] = [
      observations[j] as ScoringObservation,
      observations[i] as ScoringObservation,
    ];
  }
  return { codebook, observations };
}

/** The same scores the slow, obvious way, from the one-indicator functions. */
function scoreSlowly(
  codebook: readonly CodebookEntry[],
  observations: readonly ScoringObservation[],
): UnitScore[] {
  const units = [...new Set(observations.map((o) => o.unit))];
  return units.map((unit) => {
    const indicators = codebook.map((entry) => {
      const points: YearValue[] = observations.filter(
        (o) => o.unit === unit && o.series === entry.series,
      );
      const latest = points.reduce<YearValue | undefined>(
        (a, p) => (a === undefined || p.year > a.year ? p : a),
        undefined,
      );
      if (latest === undefined)
        return {
          entry,
          ratio: null,
          row: {
            series: entry.series,
            score: null,
            colour: 'grey' as const,
            trend: '•' as const,
            year: null,
            value: null,
          },
        };
      const score = normalise(latest.value, entry);
      const ratio = sdsnTrendRatio(points, entry, latest.year);
      const row = {
        series: entry.series,
        score,
        colour: indicatorColour(score, entry),
        trend: sdsnTrend(points, entry, latest.year),
        year: latest.year,
        value: latest.value,
      };
      return { entry, ratio, row };
    });
    const goals = [...new Set(codebook.map((e) => e.goal))]
      .sort((a, b) => a - b)
      .map((goal) => {
        const mine = indicators.filter((i) => i.entry.goal === goal && i.row.score !== null);
        const scores = mine.map((i) => i.row.score as number);
        return {
          goal,
          score: scores.length === 0 ? null : scores.reduce((a, b) => a + b, 0) / scores.length,
          colour: goalColour(mine.map((i) => dashboardValue(i.row.score as number, i.entry))),
          trend: goalTrend(mine.map((i) => i.ratio)),
        };
      });
    const missingShare = indicators.filter((i) => i.row.score === null).length / codebook.length;
    const scored = goals.filter((g) => g.score !== null).map((g) => g.score as number);
    const index =
      missingShare > 0.2 || scored.length === 0
        ? null
        : scored.reduce((a, b) => a + b, 0) / scored.length;
    return { unit, index, goals, indicators: indicators.map((i) => i.row), missingShare };
  });
}

describe('scoreUnits against the one-indicator functions', () => {
  it.each([1, 2, 3])('gives exactly the slow computation’s results (seed %i)', (seed) => {
    const { codebook, observations } = buildCase(seed);
    const fast = scoreUnits(codebook, observations);
    expect(fast.some((unit) => unit.index === null)).toBe(true);
    expect(fast.some((unit) => unit.goals.some((goal) => goal.trend === '↓'))).toBe(true);
    expect(new Map(fast.map((u) => [u.unit, u]))).toEqual(
      new Map(scoreSlowly(codebook, observations).map((u) => [u.unit, u])),
    );
  });
});
