import { apiGet } from './client.ts';
import type { Country, CountryOutlines, ItemList } from './types.ts';

/** The ASEAN member states, names in `lang`. */
export function fetchCountries(lang: string, signal?: AbortSignal): Promise<ItemList<Country>> {
  return apiGet('/countries', { query: { lang }, signal });
}

/** Country outlines as GeoJSON, to draw the map without a tile server. */
export function fetchCountryOutlines(signal?: AbortSignal): Promise<CountryOutlines> {
  return apiGet('/countries/outlines', { signal });
}
