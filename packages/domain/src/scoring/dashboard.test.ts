import { describe, expect, it } from 'vitest';
import { buildCodebookEntry } from './codebook.factory';
import { colourOfDashboardValue, dashboardValue, goalColour, indicatorColour } from './dashboard';

describe('dashboardValue', () => {
  const entry = buildCodebookEntry({ green: 80, red: 40 });

  it('passes through 0, 1, 2, 3 and 4 at 0, r*, (r* + g*)/2, g* and 100', () => {
    expect([0, 40, 60, 80, 100].map((score) => dashboardValue(score, entry))).toEqual([
      0, 1, 2, 3, 4,
    ]);
  });

  it('is linear between the breakpoints', () => {
    expect([20, 50, 70, 90].map((score) => dashboardValue(score, entry))).toEqual([
      0.5, 1.5, 2.5, 3.5,
    ]);
  });

  it('uses the normalised thresholds of a lower-is-better indicator', () => {
    const lower = buildCodebookEntry({ optimum: 0, lowerBound: 20, green: 2, red: 10 });
    // g* = 90, r* = 50: a value of 10 (score 50) sits on the red threshold.
    expect(dashboardValue(50, lower)).toBe(1);
    expect(dashboardValue(90, lower)).toBe(3);
  });

  it('gives a score at a red threshold equal to the lower bound the value 1, not 0', () => {
    const redAtBound = buildCodebookEntry({ optimum: 50, lowerBound: 0, green: 30, red: 0 });
    expect(dashboardValue(0, redAtBound)).toBe(1);
    expect(indicatorColour(0, redAtBound)).toBe('orange');
  });
});

describe('colourOfDashboardValue', () => {
  it('cuts at 1, 2 and 3, each cut-off belonging to the better colour', () => {
    expect([0, 0.999, 1, 1.999, 2, 2.999, 3, 4].map(colourOfDashboardValue)).toEqual([
      'red',
      'red',
      'orange',
      'orange',
      'yellow',
      'yellow',
      'green',
      'green',
    ]);
  });
});

describe('indicatorColour', () => {
  it('is grey without a score and follows the 0–4 value otherwise', () => {
    const entry = buildCodebookEntry();
    expect(indicatorColour(null, entry)).toBe('grey');
    expect(indicatorColour(39, entry)).toBe('red');
    expect(indicatorColour(80, entry)).toBe('green');
  });
});

describe('goalColour', () => {
  it('is grey with no scored indicator', () => {
    expect(goalColour([])).toBe('grey');
  });

  it('uses a lone indicator twice', () => {
    expect(goalColour([0.5])).toBe('red');
    expect(goalColour([2.5])).toBe('yellow');
    expect(goalColour([3.2])).toBe('green');
  });

  it('is red only when both worst indicators are red', () => {
    expect(goalColour([0.2, 0.8])).toBe('red');
    // Average 0.85 is red, but 1.2 is orange.
    expect(goalColour([0.5, 1.2])).toBe('orange');
  });

  it('is green only when both worst indicators are green', () => {
    expect(goalColour([3.1, 3.9])).toBe('green');
    // Average 3.05 is green, but 2.6 is yellow.
    expect(goalColour([3.5, 2.6])).toBe('yellow');
  });

  it('looks only at the two lowest of many indicators, in any order', () => {
    expect(goalColour([3.9, 0.4, 2.0, 3.0])).toBe('orange');
    expect(goalColour([2.0, 3.0, 3.9, 0.4])).toBe('orange');
    expect(goalColour([4, 4, 4, 2.4, 2.2])).toBe('yellow');
  });

  it('counts a repeated lowest value as both worst indicators', () => {
    expect(goalColour([0.9, 0.9, 3.5])).toBe('red');
  });
});
