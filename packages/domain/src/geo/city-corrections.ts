import type { City } from './city';

/**
 * Known errors in the source registries, corrected after the merge. Each entry says why, so the
 * correction is as traceable as the data it changes.
 */
export interface CityCorrection {
  /** Slug the merge produces for the city. */
  readonly slug: string;
  readonly set: Partial<Pick<City, 'slug' | 'name' | 'asciiName' | 'capital'>>;
  readonly why: string;
}

/** The corrections applied to the merged registry. */
export const CITY_CORRECTIONS: readonly CityCorrection[] = [
  {
    slug: 'rangoon',
    set: { slug: 'yangon', name: 'Yangon', asciiName: 'Yangon', capital: 'provincial' },
    why:
      'Both sources list the former name and flag it as the national capital; the capital moved to ' +
      'Nay Pyi Taw in 2005 (Natural Earth ADM0CAP is 0 for it, NAMEALT "Yangon"). It is the capital of Yangon Region.',
  },
];

/**
 * Applies {@link CITY_CORRECTIONS} (or the given ones) to a merged registry; a correction whose
 * city is absent is skipped.
 */
export function applyCityCorrections(
  cities: readonly City[],
  corrections: readonly CityCorrection[] = CITY_CORRECTIONS,
): City[] {
  const bySlug = new Map(corrections.map((c) => [c.slug, c]));
  return cities.map((city) => {
    const correction = bySlug.get(city.slug);
    return correction ? { ...city, ...correction.set } : city;
  });
}
