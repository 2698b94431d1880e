/** What a search document describes. */
export const SEARCH_KINDS = ['case', 'project', 'city', 'indicator'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** The facets a search can be narrowed by and counted over. */
export const SEARCH_FACETS = [
  'kind',
  'country',
  'goal',
  'theme',
  'dimension',
  'city_size',
] as const;
export type SearchFacet = (typeof SEARCH_FACETS)[number];

/** A city-size class key (OECD–EU functional urban area classes, by the city's own population). */
export type CitySizeClass = 'small' | 'medium' | 'metropolitan' | 'large_metropolitan';

/**
 * The size class of a city, for the search facet and for finding similar cities; undefined when
 * the population is unknown. Same breakpoints as the scoring peer groups (OECD 2012,
 * "Redefining Urban"): under 200,000; to 500,000; to 1.5 million; above.
 * @example citySizeClass(350_000) // 'medium'
 */
export function citySizeClass(population: number | null | undefined): CitySizeClass | undefined {
  if (population === null || population === undefined) return undefined;
  if (!Number.isFinite(population) || population < 0) return undefined;
  if (population < 200_000) return 'small';
  if (population < 500_000) return 'medium';
  if (population < 1_500_000) return 'metropolitan';
  return 'large_metropolitan';
}
