import { geoRepository, type Executor } from '@frontrunner/db';
import { NotFoundError } from '@frontrunner/domain';
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
