import { apiGet } from './client.ts';
import type { LinkEvidence, Network } from './interlinkages-types.ts';

/** Which network: ASEAN's, a country's or a city's. */
export type NetworkPlace =
  | { readonly kind: 'asean' }
  | { readonly kind: 'country'; readonly iso3: string }
  | { readonly kind: 'city'; readonly slug: string };

/**
 * The API path of a network.
 *
 * @example
 * networkPath({ kind: 'country', iso3: 'KHM' }) // '/interlinkages/countries/KHM'
 */
export function networkPath(place: NetworkPlace): string {
  if (place.kind === 'asean') return '/interlinkages/asean';
  if (place.kind === 'country') return `/interlinkages/countries/${encodeURIComponent(place.iso3)}`;
  return `/interlinkages/cities/${encodeURIComponent(place.slug)}`;
}

/** A network of target synergies and trade-offs. */
export function fetchNetwork(place: NetworkPlace, signal?: AbortSignal): Promise<Network> {
  return apiGet(networkPath(place), { signal });
}

/** The evidence of the link between two targets; 404 without a correlated pair. */
export function fetchLinkEvidence(
  place: NetworkPlace,
  a: string,
  b: string,
  signal?: AbortSignal,
): Promise<LinkEvidence> {
  return apiGet(`${networkPath(place)}/links`, { query: { a, b }, signal });
}
