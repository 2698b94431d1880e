import type { Assignment, UserView } from '@frontrunner/services';

/** The public fields of an assignment. */
export function presentAssignment(a: Assignment) {
  return {
    role: a.role,
    country: a.country,
    city: a.city ? { slug: a.city.slug, name: a.city.name, country: a.city.country } : null,
  };
}

/** The fields of a user a client may see: never a password hash. */
export function presentUser(u: UserView) {
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    language: u.language,
    status: u.status,
    isDemo: u.isDemo,
    assignments: u.assignments.map(presentAssignment),
    createdAt: u.createdAt,
    updatedAt: u.updatedAt,
  };
}
