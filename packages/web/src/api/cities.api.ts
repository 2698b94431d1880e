import { apiGet } from './client.ts';
import type { City, CityPoints, CityStage, Page } from './types.ts';

/** Filters and paging of the city list. */
export interface CityListQuery {
  /** Free text matched against city names. */
  readonly q?: string;
  /** ISO 3166-1 alpha-3 code. */
  readonly country?: string;
  readonly stage?: CityStage;
  readonly limit: number;
  readonly offset: number;
  readonly sort?: 'population' | 'name';
}

/** One page of cities matching `query`. */
export function fetchCities(
  query: CityListQuery,
  lang: string,
  signal?: AbortSignal,
): Promise<Page<City>> {
  return apiGet('/cities', { query: { ...query, lang }, signal });
}

/** One city by its slug; rejects with a 404 ApiError for an unknown slug. */
export function fetchCity(slug: string, lang: string, signal?: AbortSignal): Promise<City> {
  return apiGet(`/cities/${encodeURIComponent(slug)}`, { query: { lang }, signal });
}

/** City locations as GeoJSON points, optionally of one country. */
export function fetchCityPoints(country?: string, signal?: AbortSignal): Promise<CityPoints> {
  return apiGet('/cities/points', { query: { country }, signal });
}
