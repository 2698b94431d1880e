import { describe, expect, it } from 'vitest';
import { buildCodebookEntry } from './codebook.factory';
import { normalise, normalisedThresholds, scoringDirection } from './normalise';

describe('normalise', () => {
  it('scores a higher-is-better value by its place between lower bound and optimum', () => {
    const entry = buildCodebookEntry({ optimum: 70, lowerBound: 20 });
    expect(normalise(45, entry)).toBe(50);
    expect(normalise(20, entry)).toBe(0);
    expect(normalise(70, entry)).toBe(100);
  });

  it('scores a lower-is-better value with the same formula, the optimum below the lower bound', () => {
    const entry = buildCodebookEntry({ optimum: 0, lowerBound: 20 });
    expect(normalise(5, entry)).toBe(75);
    expect(normalise(15, entry)).toBe(25);
  });

  it('clamps values beyond the optimum to 100 and beyond the lower bound to 0', () => {
    const higher = buildCodebookEntry({ optimum: 70, lowerBound: 20 });
    const lower = buildCodebookEntry({ optimum: 0, lowerBound: 20 });
    expect(normalise(95, higher)).toBe(100);
    expect(normalise(-5, higher)).toBe(0);
    expect(normalise(-3, lower)).toBe(100);
    expect(normalise(40, lower)).toBe(0);
  });
});

describe('normalisedThresholds', () => {
  it('normalises green and red with the indicator’s own formula', () => {
    const entry = buildCodebookEntry({ optimum: 0, lowerBound: 20, green: 2, red: 10 });
    expect(normalisedThresholds(entry)).toEqual({ green: 90, red: 50 });
  });
});

describe('scoringDirection', () => {
  it('infers the direction from the bounds unless the entry sets it', () => {
    expect(scoringDirection(buildCodebookEntry())).toBe('higher');
    expect(scoringDirection(buildCodebookEntry({ optimum: 0, lowerBound: 20 }))).toBe('lower');
    expect(scoringDirection(buildCodebookEntry({ direction: 'lower' }))).toBe('lower');
  });
});
