import type { CityListQuery } from '../api/cities.api.ts';
import { cityStages, type CityStage } from '../api/types.ts';

/** Cities shown per page of the list. */
export const citiesPageSize = 20;

/** The city list's search state, as kept in the URL query (`/cities?q=hue&country=VNM&page=2`). */
export interface CitiesSearch {
  /** Free text matched against city names. */
  readonly q?: string;
  /** ISO 3166-1 alpha-3 code. */
  readonly country?: string;
  readonly stage?: CityStage;
  /** 1-based page number. */
  readonly page?: number;
}

function isCityStage(value: unknown): value is CityStage {
  return (cityStages as readonly unknown[]).includes(value);
}

/**
 * Reads the search state from raw URL query values, dropping anything malformed instead of
 * failing: a hand-edited URL still shows a list.
 *
 * @example
 * parseCitiesSearch({ q: ' hue ', country: 'vnm', page: '2', stage: 'mayor' })
 * // { q: 'hue', country: 'VNM', page: 2 }
 */
export function parseCitiesSearch(raw: Record<string, unknown>): CitiesSearch {
  const q = typeof raw.q === 'string' || typeof raw.q === 'number' ? String(raw.q).trim() : '';
  const country =
    typeof raw.country === 'string' && /^[a-z]{3}$/i.test(raw.country)
      ? raw.country.toUpperCase()
      : undefined;
  const page = Number(raw.page);
  return {
    ...(q ? { q } : {}),
    ...(country ? { country } : {}),
    ...(isCityStage(raw.stage) ? { stage: raw.stage } : {}),
    ...(Number.isInteger(page) && page > 1 ? { page } : {}),
  };
}

/** The API query for the list page the search state points at. */
export function toCityListQuery(search: CitiesSearch): CityListQuery {
  return {
    q: search.q,
    country: search.country,
    stage: search.stage,
    limit: citiesPageSize,
    offset: ((search.page ?? 1) - 1) * citiesPageSize,
  };
}

/** True when any filter narrows the list. */
export function hasFilters(search: CitiesSearch): boolean {
  return Boolean(search.q || search.country || search.stage);
}
