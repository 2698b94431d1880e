import {
  cityRoles,
  type Assignment,
  type AssignmentInput,
  type Role,
} from '../api/account-types.ts';

/**
 * A key that tells assignments apart: role and scope.
 *
 * @example
 * assignmentKey({ role: 'focal_point', country: 'KHM', city: null }) // 'focal_point|KHM|'
 */
export function assignmentKey(assignment: Assignment): string {
  return `${assignment.role}|${assignment.country ?? ''}|${assignment.city?.slug ?? ''}`;
}

/** An assignment as the API takes it back: the scope as a country ISO3 or a city slug. */
export function toAssignmentInput(assignment: Assignment): AssignmentInput {
  return {
    role: assignment.role,
    country: assignment.country,
    city: assignment.city?.slug ?? null,
  };
}

/** An assignment being edited: a role and, depending on it, a country or a city. */
export interface AssignmentDraft {
  readonly role: Role;
  /** ISO3, for a focal point. */
  readonly country: string | null;
  /** The city, for a city editor, city viewer or reviewer. */
  readonly city: { readonly slug: string; readonly name: string } | null;
}

/** What scope a role needs: none, a country, or a city. */
export function scopeOf(role: Role): 'none' | 'country' | 'city' {
  if (role === 'focal_point') return 'country';
  return cityRoles.includes(role) ? 'city' : 'none';
}

/** A draft from an assignment as the API shows it. */
export function toDraft(assignment: Assignment): AssignmentDraft {
  return {
    role: assignment.role,
    country: assignment.country,
    city: assignment.city ? { slug: assignment.city.slug, name: assignment.city.name } : null,
  };
}

/** The draft as the API takes it, with only the scope its role has. */
export function draftToInput(draft: AssignmentDraft): AssignmentInput {
  const scope = scopeOf(draft.role);
  return {
    role: draft.role,
    country: scope === 'country' ? draft.country : null,
    city: scope === 'city' ? (draft.city?.slug ?? null) : null,
  };
}

/**
 * Which drafts still lack their scope, by index: a focal point without a country, a city
 * role without a city.
 *
 * @example
 * missingScopes([{ role: 'focal_point', country: null, city: null }]) // [0]
 */
export function missingScopes(drafts: readonly AssignmentDraft[]): number[] {
  return drafts.flatMap((draft, index) => {
    const scope = scopeOf(draft.role);
    const missing = (scope === 'country' && !draft.country) || (scope === 'city' && !draft.city);
    return missing ? [index] : [];
  });
}
