import { geoRepository, type Executor, type userRepository } from '@frontrunner/db';
import { ValidationError, type FieldProblem } from '@frontrunner/domain';
import type { Assignment, Role } from '../access/actor';

/** An assignment as a client writes it: a city by slug, a country by ISO3. */
export interface AssignmentInput {
  readonly role: Role;
  readonly country?: string | null | undefined;
  readonly city?: string | null | undefined;
}

/** An assignment as stored: ids only. */
export interface StoredAssignment {
  readonly role: Role;
  readonly country_iso3: string | null;
  readonly city_id: string | null;
}

/** A row of `role_assignment` (with its city) as an {@link Assignment}. */
export function toAssignment(row: userRepository.AssignmentRow): Assignment {
  return {
    role: row.role,
    country: row.country_iso3,
    city:
      row.city_id !== null
        ? {
            id: row.city_id,
            slug: row.city_slug ?? '',
            name: row.city_name ?? '',
            country: row.city_country_iso3 ?? '',
          }
        : null,
  };
}

/** The stored form of an assignment. */
export function toStored(a: Assignment): StoredAssignment {
  return { role: a.role, country_iso3: a.country, city_id: a.city?.id ?? null };
}

/** One key per distinct assignment, for comparing sets of them. */
export function assignmentKey(a: StoredAssignment): string {
  return `${a.role}|${a.country_iso3 ?? ''}|${a.city_id ?? ''}`;
}

const CITY_ROLES: readonly Role[] = ['city_editor', 'city_viewer', 'reviewer'];

/**
 * Checks assignments as written by a client and resolves cities and countries. A secretariat
 * assignment has no scope, a focal point a country, the other roles a city. Duplicates are
 * dropped. Throws {@link ValidationError} listing every bad entry.
 */
export async function resolveAssignments(
  db: Executor,
  inputs: readonly AssignmentInput[],
  field = 'assignments',
): Promise<Assignment[]> {
  const problems: FieldProblem[] = [];
  const slugs = inputs.flatMap((a) => (a.city ? [a.city] : []));
  const cities = new Map(
    (await geoRepository.listCityRefsBySlug(db, slugs)).map((c) => [c.slug, c] as const),
  );
  const countries = new Set((await geoRepository.listCountries(db)).map((c) => c.iso3));
  const result = new Map<string, Assignment>();
  inputs.forEach((input, i) => {
    const at = `${field}[${i}]`;
    const country = input.country ? input.country.toUpperCase() : null;
    const citySlug = input.city ?? null;
    if (input.role === 'secretariat') {
      if (country || citySlug)
        problems.push({ field: at, message: 'secretariat has no country or city' });
      else result.set('secretariat', { role: 'secretariat', country: null, city: null });
    } else if (input.role === 'focal_point') {
      if (!country || citySlug)
        problems.push({ field: at, message: 'a focal point has a country and no city' });
      else if (!countries.has(country))
        problems.push({ field: `${at}.country`, message: `no ASEAN country "${country}"` });
      else result.set(`focal_point|${country}`, { role: 'focal_point', country, city: null });
    } else if (CITY_ROLES.includes(input.role)) {
      const city = citySlug ? cities.get(citySlug) : undefined;
      if (!citySlug || country)
        problems.push({ field: at, message: `a ${input.role} has a city and no country` });
      else if (!city) problems.push({ field: `${at}.city`, message: `no city "${citySlug}"` });
      else
        result.set(`${input.role}|${city.id}`, {
          role: input.role,
          country: null,
          city: { id: city.id, slug: city.slug, name: city.name, country: city.country_iso3 },
        });
    } else {
      problems.push({ field: `${at}.role`, message: `unknown role "${String(input.role)}"` });
    }
  });
  if (problems.length > 0)
    throw new ValidationError('Some role assignments are not valid', problems);
  return [...result.values()];
}
