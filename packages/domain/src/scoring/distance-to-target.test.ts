import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors';
import { buildCodebookEntry } from './codebook.factory';
import { distanceToTarget, goalDistanceToTarget } from './distance-to-target';
import { normalise } from './normalise';

describe('distanceToTarget', () => {
  const entry = buildCodebookEntry({ optimum: 70, lowerBound: 20 });

  it('without a city target, scores against the optimum like the SDSN score', () => {
    const result = distanceToTarget(45, entry);
    expect(result).toEqual({ score: normalise(45, entry), distance: 50, endValue: 70 });
  });

  it('with a city target, puts the target at 100', () => {
    expect(distanceToTarget(35, entry, 50)).toEqual({ score: 50, distance: 50, endValue: 50 });
    expect(distanceToTarget(55, entry, 50)).toEqual({ score: 100, distance: 0, endValue: 50 });
  });

  it('works for a lower-is-better indicator with a city target', () => {
    const lower = buildCodebookEntry({ optimum: 0, lowerBound: 20 });
    expect(distanceToTarget(15, lower, 10)).toEqual({ score: 50, distance: 50, endValue: 10 });
  });

  it('refuses a city target on the wrong side of the lower bound', () => {
    expect(() => distanceToTarget(35, entry, 10)).toThrow(ValidationError);
    expect(() => distanceToTarget(35, entry, 20)).toThrow(ValidationError);
    expect(() => distanceToTarget(35, entry, Number.NaN)).toThrow(ValidationError);
  });
});

describe('goalDistanceToTarget', () => {
  it('is the mean of the headline indicators’ distances, or null without any', () => {
    expect(goalDistanceToTarget([10, 30, 50])).toBe(30);
    expect(goalDistanceToTarget([])).toBeNull();
  });
});
