import type { CityListQuery } from '../api/cities.api.ts';

/** Cache keys of every API query; the language is part of the key where titles depend on it. */
export const queryKeys = {
  goals: (lang: string) => ['goals', lang] as const,
  goal: (number: number, lang: string) => ['goals', number, lang] as const,
  countries: (lang: string) => ['countries', lang] as const,
  countryOutlines: () => ['countries', 'outlines'] as const,
  cities: (query: CityListQuery, lang: string) => ['cities', 'list', query, lang] as const,
  city: (slug: string, lang: string) => ['cities', 'one', slug, lang] as const,
  cityPoints: (country: string | undefined) => ['cities', 'points', country ?? 'all'] as const,
};
