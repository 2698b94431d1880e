import { fetchCities } from './cities.api.ts';
import { apiGet, apiSend } from './client.ts';
import type { RecommendationReason } from './knowledge-types.ts';

/** The kinds of city-to-city pairing. */
export type PairingKind = 'mentoring' | 'exchange' | 'study_visit';

/** A city of a pairing. */
export interface PairingCity {
  readonly slug: string;
  readonly name: string;
  readonly country: string;
}

/** A mentoring pair, exchange or study visit between two cities. */
export interface Pairing {
  readonly id: string;
  readonly kind: PairingKind;
  readonly status: string;
  readonly mentor: PairingCity;
  readonly mentee: PairingCity;
  readonly title: string | null;
  readonly startsOn: string | null;
  readonly endsOn: string | null;
  readonly goals: readonly number[];
  readonly createdAt: string;
}

/** A city suggested as a mentor, with why. */
export interface MentorSuggestion {
  readonly city: {
    readonly id: string;
    readonly name: string;
    readonly country: string;
    readonly stage: string;
  };
  readonly score: number;
  readonly reasons: readonly RecommendationReason[];
}

/** Suggested mentors of a city, with its weakest goals. */
export interface MentorSuggestions {
  readonly weakestGoals: readonly number[];
  readonly items: readonly MentorSuggestion[];
}

/** One message of a pairing's thread. */
export interface PairingMessage {
  readonly id: string;
  readonly authorId: string;
  readonly body: string;
  readonly sentAt: string;
}

/** What a new pairing needs: the kind and the two cities' slugs. */
export interface NewPairing {
  readonly kind: PairingKind;
  readonly mentor: string;
  readonly mentee: string;
}

/** Frontrunner and model cities suggested as mentors of a city. */
export function fetchMentors(slug: string, signal?: AbortSignal): Promise<MentorSuggestions> {
  return apiGet(`/cities/${encodeURIComponent(slug)}/mentors`, { signal });
}

/** Pairings, all or only those of one city. */
export function fetchPairings(city?: string, signal?: AbortSignal): Promise<Pairing[]> {
  return apiGet('/pairings', { query: { city }, signal });
}

/** Pairs two cities (the server allows it to the secretariat). */
export function createPairing(input: NewPairing): Promise<Pairing> {
  return apiSend('POST', '/pairings', { json: input });
}

/** A pairing's thread, oldest first; 401/403 for those outside both cities' teams. */
export function fetchMessages(id: string, signal?: AbortSignal): Promise<PairingMessage[]> {
  return apiGet(`/pairings/${encodeURIComponent(id)}/messages`, { signal });
}

/** Posts a message to a pairing's thread. */
export function postMessage(id: string, body: string): Promise<PairingMessage> {
  return apiSend('POST', `/pairings/${encodeURIComponent(id)}/messages`, { json: { body } });
}

/**
 * The slug of a suggested mentor city (the suggestion carries its id and name only): the city
 * of that exact name in that country, or undefined.
 */
export async function findCitySlug(
  city: { readonly name: string; readonly country: string },
  lang: string,
): Promise<string | undefined> {
  const page = await fetchCities(
    { q: city.name, country: city.country, limit: 20, offset: 0 },
    lang,
  );
  return page.items.find((c) => c.name === city.name)?.slug;
}
