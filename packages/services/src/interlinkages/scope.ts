import { geoRepository, type Executor } from '@frontrunner/db';
import { ASEAN_COUNTRIES, findCountry, NotFoundError } from '@frontrunner/domain';

/**
 * Where a data-derived network is computed: one country's UN series, one city's series, or the
 * ten ASEAN countries pooled (per-country ranks, METHODS §5).
 */
export type InterlinkageScope =
  | { readonly kind: 'country'; readonly iso3: string }
  | {
      readonly kind: 'city';
      readonly id: string;
      readonly slug: string;
      readonly name: string;
      /** ISO3 of the city's country. */
      readonly country: string;
    }
  | { readonly kind: 'asean' };

/** The label of the pooled ASEAN group, used as the `unit` of its links. */
export const ASEAN_GROUP = 'ASEAN';

/** The stored `scope` of a run: `country:KHM`, `city:<id>` or `asean`. */
export function scopeKey(scope: InterlinkageScope): string {
  if (scope.kind === 'country') return `country:${scope.iso3}`;
  if (scope.kind === 'city') return `city:${scope.id}`;
  return 'asean';
}

/** The `area_key`s of the observations a scope reads. */
export function scopeAreaKeys(scope: InterlinkageScope): string[] {
  if (scope.kind === 'country') return [`country:${scope.iso3}`];
  if (scope.kind === 'city') return [`city:${scope.id}`];
  return ASEAN_COUNTRIES.map((c) => `country:${c.iso3}`);
}

/**
 * The unit a value of an area counts as: the ISO3 of a country, the slug of a city; the same
 * labels that the file mode's `unit` column holds.
 */
export function unitOfArea(scope: InterlinkageScope, areaKey: string): string {
  if (scope.kind === 'city') return scope.slug;
  return areaKey.slice('country:'.length);
}

/** A country scope; throws {@link NotFoundError} for a country outside ASEAN. */
export function countryScope(iso3: string): Extract<InterlinkageScope, { kind: 'country' }> {
  const country = findCountry(iso3.toUpperCase());
  if (!country) throw new NotFoundError('country', iso3);
  return { kind: 'country', iso3: country.iso3 };
}

/** A city scope by slug; throws {@link NotFoundError}. */
export async function cityScope(
  db: Executor,
  slug: string,
): Promise<Extract<InterlinkageScope, { kind: 'city' }>> {
  const city = await geoRepository.findCityBySlug(db, slug);
  if (!city) throw new NotFoundError('city', slug);
  return {
    kind: 'city',
    id: city.id,
    slug: city.slug,
    name: city.name,
    country: city.country_iso3,
  };
}

/** The ASEAN pooled scope. */
export const ASEAN_SCOPE: InterlinkageScope = Object.freeze({ kind: 'asean' });

/**
 * Reads a scope as the suggestions API names it: `asean`, the ISO3 code of a member state
 * (any case), or else a city slug. ISO3 codes are tried first; no city slug is an ISO3 code of
 * ASEAN in upper case, and slugs are lower case.
 * @throws NotFoundError when it is none of these
 */
export async function parseScope(db: Executor, text: string): Promise<InterlinkageScope> {
  if (text.toLowerCase() === 'asean') return ASEAN_SCOPE;
  if (/^[A-Za-z]{3}$/.test(text) && findCountry(text.toUpperCase())) return countryScope(text);
  return cityScope(db, text);
}

/** How a scope is described to readers. */
export interface ScopeView {
  kind: InterlinkageScope['kind'];
  /** `country:KHM`, `city:<slug>` or `asean`. */
  key: string;
  /** ISO3, city slug or `ASEAN`. */
  code: string;
  /** Country ISO3 of a city; null otherwise. */
  country: string | null;
}

/** The public description of a scope (cities by slug, never by internal id). */
export function presentScope(scope: InterlinkageScope): ScopeView {
  if (scope.kind === 'country')
    return { kind: 'country', key: scopeKey(scope), code: scope.iso3, country: null };
  if (scope.kind === 'city')
    return { kind: 'city', key: `city:${scope.slug}`, code: scope.slug, country: scope.country };
  return { kind: 'asean', key: 'asean', code: ASEAN_GROUP, country: null };
}
