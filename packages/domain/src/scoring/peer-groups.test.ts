import { describe, expect, it } from 'vitest';
import {
  lowerBoundProbability,
  peerLowerBoundProblem,
  populationClass,
  POPULATION_CLASSES,
} from './peer-groups';

describe('populationClass', () => {
  it('puts a city in the OECD size class its population falls in, edges included below', () => {
    expect(populationClass(199_999)?.key).toBe('small');
    expect(populationClass(200_000)?.key).toBe('medium');
    expect(populationClass(1_499_999)?.key).toBe('metropolitan');
    expect(populationClass(10_000_000)?.key).toBe('large_metropolitan');
  });

  it('has no class for an unknown population', () => {
    expect(populationClass(null)).toBeUndefined();
    expect(populationClass(Number.NaN)).toBeUndefined();
  });

  it('covers every population from zero up without a gap', () => {
    POPULATION_CLASSES.slice(1).forEach((c, i) => expect(c.min).toBe(POPULATION_CLASSES[i]?.max));
  });
});

describe('lowerBoundProbability', () => {
  it('takes the worst end of the distribution: low values when higher is better, high ones otherwise', () => {
    expect(lowerBoundProbability({ optimum: 100, lowerBound: 10 }, 2.5)).toBe(0.025);
    expect(lowerBoundProbability({ optimum: 0, lowerBound: 20 }, 2.5)).toBe(0.975);
  });
});

describe('peerLowerBoundProblem', () => {
  const higher = { optimum: 100, lowerBound: 10 };
  it('accepts a bound on the lower bound’s side of the optimum', () => {
    expect(peerLowerBoundProblem(higher, 40)).toBeUndefined();
    expect(peerLowerBoundProblem({ optimum: 5, lowerBound: 87 }, 60)).toBeUndefined();
  });

  it('refuses a bound at or beyond the optimum, or not a number', () => {
    expect(peerLowerBoundProblem(higher, 100)).toMatch(/reaches the optimum/);
    expect(peerLowerBoundProblem({ optimum: 5, lowerBound: 87 }, 4)).toMatch(/reaches the optimum/);
    expect(peerLowerBoundProblem(higher, Number.NaN)).toMatch(/not a number/);
  });
});
