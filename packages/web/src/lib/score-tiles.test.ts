import { describe, expect, it } from 'vitest';
import type { GoalScore, IndicatorScore } from '../api/scores-types.ts';
import { endValueLine, goalTileView, indexStatus, indicatorsOfGoal } from './score-tiles.ts';

const goal = (overrides: Partial<GoalScore> = {}): GoalScore => ({
  goal: 6,
  score: 54.9,
  colour: 'red',
  colourLabel: 'Major challenges remain',
  trend: '→',
  trendLabel: 'Stagnating',
  distance: 45,
  scored: 4,
  indicators: 4,
  ...overrides,
});

const indicator = (overrides: Partial<IndicatorScore> = {}): IndicatorScore => ({
  series: 'S',
  name: 'S',
  unit: 'percent',
  goal: 6,
  score: 50,
  colour: 'red',
  trend: '→',
  year: 2023,
  value: 40,
  observation: null,
  base: null,
  entry: {
    series: 'S',
    name: 'S',
    unit: 'percent',
    goal: 6,
    targets: ['6.1'],
    optimum: 100,
    green: 98,
    red: 80,
    lowerBound: 20,
    direction: 'higher',
    justification: '',
    source: '',
  },
  lowerBoundFrom: { kind: 'codebook' },
  target: null,
  distance: null,
  ...overrides,
});

describe('goalTileView', () => {
  it('rounds the score and names the trend arrow for the tile', () => {
    expect(goalTileView(goal())).toMatchObject({
      goal: 6,
      score: 55,
      trendKey: 'stagnating',
      insufficient: false,
    });
  });

  it('marks a grey goal as insufficient data, with no score', () => {
    const view = goalTileView(goal({ score: null, colour: 'grey', trend: '•', scored: 0 }));
    expect(view).toMatchObject({ score: null, insufficient: true, trendKey: 'unavailable' });
  });
});

describe('indexStatus', () => {
  it('gives the rounded index when there is one', () => {
    expect(indexStatus({ index: 50.5, missingShare: 0.13, maxMissingShare: 0.2 })).toEqual({
      kind: 'index',
      value: 51,
    });
  });

  it('explains a missing index by the share of indicators without a value', () => {
    expect(indexStatus({ index: null, missingShare: 1, maxMissingShare: 0.2 })).toEqual({
      kind: 'missing',
      missingPercent: 100,
      maxPercent: 20,
    });
  });
});

describe('indicatorsOfGoal', () => {
  it('keeps the goal’s indicators, lowest score first and those without a value last', () => {
    const list = [
      indicator({ series: 'a', score: 70 }),
      indicator({ series: 'b', score: null }),
      indicator({ series: 'c', goal: 7 }),
      indicator({ series: 'd', score: 10 }),
    ];
    expect(indicatorsOfGoal(list, 6).map((i) => i.series)).toEqual(['d', 'a', 'b']);
  });
});

describe('endValueLine', () => {
  it('holds the optimum flat from the first year to 2030 without a city target', () => {
    const line = endValueLine(indicator(), [
      { year: 2015, value: 30 },
      { year: 2023, value: 40 },
    ]);
    expect(line).toEqual([
      { year: 2015, value: 100 },
      { year: 2030, value: 100 },
    ]);
  });

  it('uses the city’s own target value and year when it has one', () => {
    const line = endValueLine(
      indicator({
        target: { value: 90, year: 2028 },
        distance: { score: 40, distance: 60, endValue: 90 },
      }),
      [{ year: 2020, value: 30 }],
    );
    expect(line).toEqual([
      { year: 2020, value: 90 },
      { year: 2028, value: 90 },
    ]);
  });
});
