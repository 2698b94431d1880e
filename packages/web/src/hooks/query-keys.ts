import type { UserListQuery } from '../api/account-types.ts';
import type { CityListQuery } from '../api/cities.api.ts';
import type { ObservationView } from '../api/observation-types.ts';

/** Cache keys of every API query; the language is part of the key where titles depend on it. */
export const queryKeys = {
  goals: (lang: string) => ['goals', lang] as const,
  goal: (number: number, lang: string) => ['goals', number, lang] as const,
  countries: (lang: string) => ['countries', lang] as const,
  countryOutlines: () => ['countries', 'outlines'] as const,
  cities: (query: CityListQuery, lang: string) => ['cities', 'list', query, lang] as const,
  city: (slug: string, lang: string) => ['cities', 'one', slug, lang] as const,
  cityPoints: (country: string | undefined) => ['cities', 'points', country ?? 'all'] as const,
  session: () => ['session'] as const,
  account: () => ['account'] as const,
  apiTokens: () => ['account', 'tokens'] as const,
  users: (query: UserListQuery) => ['users', query] as const,
  cityObservations: (slug: string, view: ObservationView, series?: string) =>
    ['observations', 'city', slug, view, series ?? 'all'] as const,
  countryObservations: (iso3: string, series: string) =>
    ['observations', 'country', iso3, series] as const,
  cityTargets: (slug: string) => ['observations', 'targets', slug] as const,
  series: (code: string) => ['series', code] as const,
  seriesSearch: (q: string) => ['series', 'search', q] as const,
  history: (id: string) => ['observations', 'history', id] as const,
  reviewQueue: () => ['observations', 'review-queue'] as const,
};
