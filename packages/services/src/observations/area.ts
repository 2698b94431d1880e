import { cityRefsRepository, geoRepository, type Executor } from '@frontrunner/db';
import { findCountry, NotFoundError } from '@frontrunner/domain';
import type { Resource } from '../access/policy';

/** The unit observations belong to: a city (the product's focus) or a country (comparison series). */
export type Area =
  | {
      readonly kind: 'city';
      readonly id: string;
      readonly slug: string;
      readonly country: string;
      readonly name: string;
    }
  | { readonly kind: 'country'; readonly iso3: string };

/** The `area_key` column of an area. */
export function areaKey(area: Area): string {
  return area.kind === 'city' ? `city:${area.id}` : `country:${area.iso3}`;
}

/** The policy resource an area is. */
export function areaResource(area: Area): Resource {
  return area.kind === 'city' ? { cityId: area.id, country: area.country } : { country: area.iso3 };
}

/** A city as an area, by slug; throws {@link NotFoundError}. */
export async function getCityArea(
  db: Executor,
  slug: string,
): Promise<Extract<Area, { kind: 'city' }>> {
  const row = await geoRepository.findCityBySlug(db, slug);
  if (!row) throw new NotFoundError('city', slug);
  return { kind: 'city', id: row.id, slug: row.slug, country: row.country_iso3, name: row.name };
}

/** The area an observation row belongs to. */
export async function areaOfRow(
  db: Executor,
  row: { city_id: string | null; country_iso3: string | null },
): Promise<Area> {
  if (row.city_id) {
    const [city] = await cityRefsRepository.listCityRefsById(db, [row.city_id]);
    if (!city) throw new NotFoundError('city', row.city_id);
    return {
      kind: 'city',
      id: city.id,
      slug: city.slug,
      country: city.country_iso3,
      name: city.name,
    };
  }
  return { kind: 'country', iso3: row.country_iso3 ?? '' };
}

/** A country as an area; throws {@link NotFoundError} for a non-member. */
export function getCountryArea(iso3: string): Extract<Area, { kind: 'country' }> {
  const country = findCountry(iso3);
  if (!country) throw new NotFoundError('country', iso3);
  return { kind: 'country', iso3: country.iso3 };
}
