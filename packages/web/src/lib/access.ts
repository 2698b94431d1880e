import type { Role, Session } from '../api/account-types.ts';

/**
 * Which roles reach a city for the actions the web app shows or hides per city, and how far:
 * `all`, the city's `country`, or the `city` itself. A copy of those rows of the server's policy
 * table (packages/services/src/access/policy.ts), for showing links and pages only: the server
 * decides every request again.
 */
const CITY_REACH = {
  // Mentoring (issue 9): asking a mentor city is on the learning city, answering on the mentor's.
  'pairing.request': { secretariat: 'all', city_editor: 'city' },
  'pairing.decide': { secretariat: 'all', focal_point: 'country', city_editor: 'city' },
  'pairing.message': {
    secretariat: 'all',
    city_editor: 'city',
    city_viewer: 'city',
    reviewer: 'city',
  },
  'observation.write': { secretariat: 'all', city_editor: 'city' },
  'observation.approve': { secretariat: 'all', focal_point: 'country' },
  'project.write': { secretariat: 'all', city_editor: 'city' },
  'survey.manage': { secretariat: 'all', city_editor: 'city' },
  'competency.assess': { secretariat: 'all', city_editor: 'city' },
  'case.write': { secretariat: 'all', city_editor: 'city' },
  'city.read_drafts': {
    secretariat: 'all',
    focal_point: 'country',
    city_editor: 'city',
    city_viewer: 'city',
    reviewer: 'city',
  },
  'assessment.read': {
    secretariat: 'all',
    focal_point: 'country',
    city_editor: 'city',
    city_viewer: 'city',
    reviewer: 'city',
  },
  'assessment.write': { secretariat: 'all', city_editor: 'city' },
  'assessment.score': { secretariat: 'all', reviewer: 'city' },
  'assessment.decide': { secretariat: 'all' },
} as const satisfies Record<string, Partial<Record<Role, 'all' | 'country' | 'city'>>>;

/** An action the web app checks per city. */
export type CityAction = keyof typeof CITY_REACH;

/** The city a check is about. */
export interface CityRef {
  readonly slug: string;
  /** ISO3 of its country. */
  readonly country: string;
}

/** Whether a page may be shown: yes, only after signing in, or not with these roles. */
export type AccessDecision = 'allowed' | 'signed-out' | 'forbidden';

/**
 * Whether the signed-in user may perform `action` on `city`, by their assignments.
 *
 * @example
 * allowsOnCity(session, 'observation.write', { slug: 'phnom-penh', country: 'KHM' })
 */
export function allowsOnCity(
  session: Session | undefined,
  action: CityAction,
  city: CityRef,
): boolean {
  const reach: Partial<Record<Role, string>> = CITY_REACH[action];
  return (session?.user?.assignments ?? []).some((a) => {
    const scope = reach[a.role];
    if (scope === 'all') return true;
    if (scope === 'country') return a.country === city.country;
    if (scope === 'city') return a.city?.slug === city.slug;
    return false;
  });
}

/** Whether the session may perform an action somewhere (from the server's own list). */
export function allows(session: Session | undefined, action: string): boolean {
  return session?.actions.includes(action) ?? false;
}

/**
 * The access decision for a page that needs `action` (somewhere, or on `city` when given).
 *
 * @example
 * decideAccess(anonymousSession, 'user.read') // 'signed-out'
 */
export function decideAccess(
  session: Session | undefined,
  action: string,
  city?: CityRef,
): AccessDecision {
  if (!session?.authenticated) return 'signed-out';
  if (city && action in CITY_REACH) {
    return allowsOnCity(session, action as CityAction, city) ? 'allowed' : 'forbidden';
  }
  return allows(session, action) ? 'allowed' : 'forbidden';
}

/**
 * A safe place to go back to after signing in: a path of this app, never another site.
 *
 * @example
 * safeRedirect('//evil.example') // '/'
 */
export function safeRedirect(target: unknown): string {
  if (typeof target !== 'string' || !target.startsWith('/') || target.startsWith('//')) return '/';
  if (target.includes('\\') || target.startsWith('/sign-in')) return '/';
  return target;
}
