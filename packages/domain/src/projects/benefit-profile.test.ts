import { describe, expect, it } from 'vitest';
import {
  benefitProfile,
  claimProblems,
  dimensionOfGoal,
  type BenefitClaim,
} from './benefit-profile';

function buildClaim(overrides: Partial<BenefitClaim> = {}): BenefitClaim {
  return { id: 'c1', target: '11.6', kind: 'primary', size: 'high', ...overrides };
}

/** 1.5.1, 11.5.1 and 13.1.1 are one indicator; 11.6.1 another. */
const INDICATOR_IDS: Record<string, string> = {
  '1.5.1': 'C200303',
  '11.5.1': 'C200303',
  '13.1.1': 'C200303',
  '11.6.1': 'C110601',
  '12.5.1': 'C120501',
};
const indicatorIdOf = (n: string) => INDICATOR_IDS[n];
const TARGETS = new Set(['1.5', '11.5', '11.6', '12.5', '13.1', '17.17']);

describe('dimensionOfGoal', () => {
  it('follows the wedding cake and gives goal 17 no dimension', () => {
    expect([6, 1, 8, 17].map(dimensionOfGoal)).toEqual(['environment', 'society', 'economy', null]);
  });
});

describe('benefitProfile', () => {
  it('sums size weights per dimension with trade-offs counting against', () => {
    const profile = benefitProfile([
      buildClaim({ id: 'a', target: '11.6', size: 'high' }),
      buildClaim({ id: 'b', target: '12.5', kind: 'co_benefit', size: 'medium' }),
      buildClaim({ id: 'c', target: '8.5', kind: 'trade_off', size: 'low' }),
      buildClaim({ id: 'd', target: '13.1', kind: 'co_benefit', size: 'low' }),
    ]);
    expect([profile.environment, profile.society, profile.economy]).toEqual([1, 3, 2 - 1]);
    expect(profile.multiDimensional).toBe(true);
  });

  it('is not multi-dimensional when only one dimension is net positive', () => {
    const profile = benefitProfile([
      buildClaim({ id: 'a', target: '11.6' }),
      buildClaim({ id: 'b', target: '12.5', size: 'low' }),
      buildClaim({ id: 'c', target: '8.5', kind: 'trade_off', size: 'low' }),
    ]);
    expect(profile.economy).toBe(0);
    expect(profile.multiDimensional).toBe(false);
  });

  it('counts a quantified benefit once however many goals its claims relate to', () => {
    const quantified = { indicator: '11.5.1', baseline: 12, target: 3 };
    const profile = benefitProfile(
      [
        buildClaim({ id: 'a', target: '11.5', quantified }),
        buildClaim({ id: 'b', target: '13.1', quantified: { ...quantified, indicator: '13.1.1' } }),
      ],
      indicatorIdOf,
    );
    expect(profile.environment).toBe(0);
    expect(profile.contributions.map((c) => c.ignored)).toEqual([undefined, 'counted_elsewhere']);
  });

  it('explains that a goal 17 claim adds to no dimension', () => {
    const [line] = benefitProfile([buildClaim({ target: '17.17' })]).contributions;
    expect(line).toMatchObject({ goal: 17, dimension: null, weight: 0, ignored: 'no_dimension' });
  });
});

describe('claimProblems', () => {
  it('refuses a claim on an unknown target', () => {
    const problems = claimProblems([buildClaim({ target: '11.99' })], TARGETS, indicatorIdOf);
    expect(problems.map((p) => p.field)).toEqual(['claims.0.target']);
  });

  it('refuses the same quantified indicator in two claims, even under another listing', () => {
    const problems = claimProblems(
      [
        buildClaim({ target: '1.5', quantified: { indicator: '1.5.1', baseline: 5, target: 1 } }),
        buildClaim({ target: '13.1', quantified: { indicator: '13.1.1', baseline: 5, target: 1 } }),
      ],
      TARGETS,
      indicatorIdOf,
    );
    expect(problems).toEqual([
      { field: 'claims.1.quantified.indicator', message: expect.stringContaining('counts once') },
    ]);
  });

  it('refuses a quantified indicator that is not listed under the claim target', () => {
    const quantified = { indicator: '12.5.1', baseline: 10, target: 30 };
    const problems = claimProblems([buildClaim({ quantified })], TARGETS, indicatorIdOf);
    expect(problems.map((p) => p.field)).toEqual(['claims.0.quantified.indicator']);
  });

  it('refuses an unknown quantified indicator', () => {
    const quantified = { indicator: '11.6.9', baseline: 1, target: 2 };
    const problems = claimProblems([buildClaim({ quantified })], TARGETS, indicatorIdOf);
    expect(problems[0]?.message).toContain('unknown indicator');
  });
});
