import { describe, expect, it } from 'vitest';
import { assignmentKey, draftToInput, missingScopes, scopeOf, toDraft } from './assignments.ts';

describe('assignments', () => {
  it('knows the scope each role needs', () => {
    expect(scopeOf('secretariat')).toBe('none');
    expect(scopeOf('focal_point')).toBe('country');
    expect(['city_editor', 'city_viewer', 'reviewer'].map((r) => scopeOf(r as never))).toEqual([
      'city',
      'city',
      'city',
    ]);
  });

  it('sends only the scope of the role, even after the role changed', () => {
    expect(
      draftToInput({ role: 'focal_point', country: 'KHM', city: { slug: 'hue', name: 'Huế' } }),
    ).toEqual({ role: 'focal_point', country: 'KHM', city: null });
    expect(
      draftToInput({ role: 'reviewer', country: 'KHM', city: { slug: 'hue', name: 'Huế' } }),
    ).toEqual({ role: 'reviewer', country: null, city: 'hue' });
  });

  it('finds drafts without their scope', () => {
    expect(
      missingScopes([
        { role: 'secretariat', country: null, city: null },
        { role: 'city_editor', country: null, city: null },
        { role: 'focal_point', country: 'LAO', city: null },
      ]),
    ).toEqual([1]);
  });

  it('round-trips an assignment through a draft and keys it by role and scope', () => {
    const assignment = {
      role: 'city_viewer' as const,
      country: null,
      city: { slug: 'hue', name: 'Huế', country: 'VNM' },
    };
    expect(draftToInput(toDraft(assignment))).toEqual({
      role: 'city_viewer',
      country: null,
      city: 'hue',
    });
    expect(assignmentKey(assignment)).toBe('city_viewer||hue');
  });
});
