import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors';
import { assertValidCase, goalsOfTargets, nextCaseStatus } from './case';
import {
  recommendPractices,
  suggestMentors,
  type CityProfile,
  type PracticeCandidate,
} from './recommend';

function buildCity(overrides: Partial<CityProfile> = {}): CityProfile {
  return {
    id: 'c-home',
    name: 'Home',
    country: 'THA',
    population: 300_000,
    stage: 'candidate',
    coastal: null,
    ...overrides,
  };
}

function buildCandidate(overrides: Partial<PracticeCandidate> = {}): PracticeCandidate {
  return {
    caseId: 'case-1',
    city: buildCity({ id: 'c-other', name: 'Other', country: 'VNM', population: 5_000_000 }),
    goals: [11],
    replications: 0,
    ...overrides,
  };
}

describe('nextCaseStatus', () => {
  it('takes a case from draft through submission to publication, or back to the city', () => {
    expect(nextCaseStatus('draft', 'submit')).toBe('submitted');
    expect(nextCaseStatus('submitted', 'publish')).toBe('published');
    expect(nextCaseStatus('submitted', 'return')).toBe('returned');
    expect(nextCaseStatus('returned', 'submit')).toBe('submitted');
  });

  it('refuses to publish a draft that was never submitted', () => {
    expect(() => nextCaseStatus('draft', 'publish')).toThrow(ValidationError);
  });
});

describe('assertValidCase', () => {
  it('names every bad field at once', () => {
    try {
      assertValidCase(
        {
          targets: ['11.6', '18.1'],
          dimensions: ['culture'],
          photos: [{ url: 'javascript:x' }],
          cost: -1,
        },
        'not a tag',
      );
      expect.unreachable();
    } catch (err) {
      expect((err as ValidationError).problems.map((p) => p.field)).toEqual([
        'targets.1',
        'dimensions.0',
        'cost',
        'photos.0.url',
        'lang',
      ]);
    }
  });

  it('derives the goals from the targets once each', () => {
    expect(goalsOfTargets(['11.6', '6.3', '11.a'])).toEqual([6, 11]);
  });
});

describe('recommendPractices', () => {
  it('gives every reason with its weight and ranks weak-goal practices first', () => {
    const weak = buildCandidate({ caseId: 'weak', goals: [6] });
    const near = buildCandidate({
      caseId: 'near',
      goals: [11],
      city: buildCity({ id: 'c-near', name: 'Near', population: 250_000, stage: 'frontrunner' }),
    });
    const [first, second] = recommendPractices(buildCity(), [6, 3], [near, weak]);
    expect(first?.item.caseId).toBe('near');
    expect(first?.reasons.map((r) => r.code)).toEqual([
      'same_country',
      'similar_size',
      'further_stage',
    ]);
    expect(second?.item.caseId).toBe('weak');
    expect(second?.reasons).toEqual([
      {
        code: 'weak_goal',
        message: "Addresses goal 6, one of the city's weakest",
        weight: 3,
        goal: 6,
      },
    ]);
    expect(first!.score).toBe(first!.reasons.reduce((s, r) => s + r.weight, 0));
  });

  it('leaves out the city’s own cases and cases with no reason', () => {
    const own = buildCandidate({ caseId: 'own', city: buildCity() });
    const unrelated = buildCandidate({ caseId: 'none', goals: [2] });
    expect(recommendPractices(buildCity(), [6], [own, unrelated])).toEqual([]);
  });

  it('counts replications elsewhere, at most three', () => {
    const [r] = recommendPractices(buildCity(), [], [buildCandidate({ replications: 7 })]);
    expect(r?.reasons).toEqual([
      { code: 'replicated', message: 'Replicated in 7 other cities', weight: 3 },
    ]);
  });

  it('compares the coast only when both cities are known', () => {
    const coastal = buildCandidate({
      city: buildCity({ id: 'x', name: 'X', country: 'VNM', population: null, coastal: true }),
    });
    expect(recommendPractices(buildCity({ coastal: null }), [], [coastal])).toEqual([]);
    expect(
      recommendPractices(buildCity({ coastal: true }), [], [coastal])[0]?.reasons[0]?.code,
    ).toBe('same_coast');
  });
});

describe('suggestMentors', () => {
  it('suggests frontrunner and model cities strong where the city is weak', () => {
    const strong = {
      city: buildCity({
        id: 'm1',
        name: 'M1',
        country: 'VNM',
        population: null,
        stage: 'frontrunner' as const,
      }),
      goalScores: { 6: 85, 3: 40 },
    };
    const candidate = {
      city: buildCity({ id: 'm2', name: 'M2', stage: 'candidate' as const }),
      goalScores: { 6: 99 },
    };
    const [first, ...rest] = suggestMentors(buildCity(), [6, 3], [strong, candidate]);
    expect(rest).toEqual([]);
    expect(first?.item.city.id).toBe('m1');
    expect(first?.reasons.map((r) => [r.code, r.goal])).toEqual([
      ['strong_goal', 6],
      ['further_stage', undefined],
    ]);
  });
});
