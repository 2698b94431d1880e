import { ForbiddenError, UnauthenticatedError } from '@frontrunner/domain';
import { describe, expect, it } from 'vitest';
import type { Actor, Assignment } from './actor';
import { ACTIONS, POLICY, authorize, decide, readableScope, type Action } from './policy';

const PP = { id: 'pp', slug: 'phnom-penh', name: 'Phnom Penh', country: 'KHM' };
const SR = { id: 'sr', slug: 'siem-reap', name: 'Siem Reap', country: 'KHM' };
const VT = { id: 'vt', slug: 'vientiane', name: 'Vientiane', country: 'LAO' };
const user = (...assignments: Assignment[]): Actor => ({ kind: 'user', userId: 'u', assignments });
const a = (
  role: Assignment['role'],
  scope: { country?: string; city?: typeof PP } = {},
): Assignment => ({
  role,
  country: scope.country ?? null,
  city: scope.city ?? null,
});

const ACTORS: Record<string, Actor> = {
  anonymous: { kind: 'anonymous' },
  secretariat: user(a('secretariat')),
  'focal point KHM': user(a('focal_point', { country: 'KHM' })),
  'focal point LAO': user(a('focal_point', { country: 'LAO' })),
  'editor PP': user(a('city_editor', { city: PP })),
  'editor VT': user(a('city_editor', { city: VT })),
  'viewer PP': user(a('city_viewer', { city: PP })),
  'reviewer PP+SR': user(a('reviewer', { city: PP }), a('reviewer', { city: SR })),
  'reviewer VT': user(a('reviewer', { city: VT })),
  'no roles': user(),
};
const PHNOM_PENH = { cityId: 'pp', country: 'KHM' };

/** Written out by hand from PRODUCT.md: who may do what to Phnom Penh. */
const EXPECTED: Partial<Record<Action, string[]>> = {
  'city.update': ['secretariat', 'focal point KHM', 'editor PP'],
  'city.set_stage': ['secretariat'],
  'city.set_cohort': ['secretariat'],
  'city.read_drafts': [
    'secretariat',
    'focal point KHM',
    'editor PP',
    'viewer PP',
    'reviewer PP+SR',
  ],
  'observation.write': ['secretariat', 'editor PP'],
  'observation.approve': ['secretariat', 'focal point KHM'],
  'assessment.score': ['secretariat', 'reviewer PP+SR'],
  'assessment.write': ['secretariat', 'editor PP'],
  'assessment.decide': ['secretariat'],
  'survey.manage': ['secretariat', 'editor PP'],
  'survey.answer': Object.keys(ACTORS),
  'attendance_certificate.verify': Object.keys(ACTORS),
  'rubric.manage': ['secretariat'],
  'audit.read': ['secretariat', 'focal point KHM'],
  'user.invite': ['secretariat'],
  'user.manage': ['secretariat'],
  'token.create': Object.keys(ACTORS).filter((n) => n !== 'anonymous'),
  'session.create': Object.keys(ACTORS),
};

describe('the policy', () => {
  for (const [action, allowed] of Object.entries(EXPECTED)) {
    it(`lets exactly ${allowed.length} of ${Object.keys(ACTORS).length} actors ${action} Phnom Penh`, () => {
      const got = Object.entries(ACTORS)
        .filter(([, actor]) => decide(actor, action as Action, PHNOM_PENH) === 'allowed')
        .map(([name]) => name);
      expect(got).toEqual(allowed);
    });
  }

  it('asks the public to sign in, and tells signed-in users they may not', () => {
    expect(() => authorize(ACTORS.anonymous!, 'city.update', PHNOM_PENH)).toThrow(
      UnauthenticatedError,
    );
    expect(() => authorize(ACTORS['editor VT']!, 'city.update', PHNOM_PENH)).toThrow(
      ForbiddenError,
    );
  });

  it('keeps account and token management to browser sessions, not API tokens', () => {
    const token: Actor = {
      kind: 'token',
      tokenId: 't',
      userId: 'u',
      assignments: [a('secretariat')],
    };
    expect(decide(token, 'token.create')).toBe('forbidden');
    expect(decide(token, 'account.update')).toBe('forbidden');
    expect(decide(token, 'city.set_stage', PHNOM_PENH)).toBe('allowed');
  });

  it('lets the CLI operator and the system do everything', () => {
    for (const action of ACTIONS) {
      expect(decide({ kind: 'cli' }, action, PHNOM_PENH)).toBe('allowed');
      expect(decide({ kind: 'system', id: 'system:test' }, action)).toBe('allowed');
    }
  });

  it('narrows what a focal point reads to their country', () => {
    expect(readableScope(ACTORS['focal point KHM']!, 'audit.read')).toEqual({
      all: false,
      countries: ['KHM'],
      cityIds: [],
    });
    expect(readableScope(ACTORS.secretariat!, 'audit.read')).toEqual({ all: true });
    expect(readableScope(ACTORS['editor PP']!, 'audit.read')).toEqual({
      all: false,
      countries: [],
      cityIds: [],
    });
  });

  it('has a rule for every action it lists', () => {
    expect(ACTIONS).toEqual(Object.keys(POLICY));
    expect(ACTIONS.length).toBeGreaterThan(20);
  });
});
