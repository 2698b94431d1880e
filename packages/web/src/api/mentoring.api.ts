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

/** Where a request for a pairing stands. */
export type PairingRequestStatus = 'requested' | 'accepted' | 'declined' | 'withdrawn';

/** The request a city made for a pairing, and the answer. */
export interface PairingRequest {
  readonly status: PairingRequestStatus;
  /** When the mentor city answered or the request was withdrawn (ISO 8601). */
  readonly decidedAt: string | null;
  /** Why it was declined or withdrawn. */
  readonly reason: string | null;
}

/** A mentoring pair, exchange or study visit between two cities. */
export interface Pairing {
  readonly id: string;
  readonly kind: PairingKind;
  /** `proposed` while a request is open, `active` once accepted, `closed` once ended. */
  readonly status: 'proposed' | 'active' | 'closed';
  readonly mentor: PairingCity;
  readonly mentee: PairingCity;
  readonly title: string | null;
  readonly startsOn: string | null;
  readonly endsOn: string | null;
  readonly goals: readonly number[];
  /** Null when the secretariat paired the cities directly. */
  readonly request: PairingRequest | null;
  readonly createdAt: string;
}

/** A city suggested as a mentor, with why. */
export interface MentorSuggestion {
  readonly city: {
    readonly id: string;
    readonly slug: string;
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
  /** The author's name; null for the command line or a removed account. */
  readonly authorName: string | null;
  /** Whom the author writes for. */
  readonly authorSide: 'mentor' | 'mentee' | 'secretariat' | null;
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

/** One pairing; 404 also for a request the reader may not see. */
export function fetchPairing(id: string, signal?: AbortSignal): Promise<Pairing> {
  return apiGet(`/pairings/${encodeURIComponent(id)}`, { signal });
}

/** What a city asks of a mentor city. */
export interface NewPairingRequest {
  readonly kind: PairingKind;
  /** The mentor city's slug. */
  readonly mentor: string;
  /** The first message of the thread. */
  readonly message: string;
}

/** A city (its editors) asks a mentor city to pair with it; 409 while a request is open. */
export function requestPairing(city: string, input: NewPairingRequest): Promise<Pairing> {
  return apiSend('POST', `/cities/${encodeURIComponent(city)}/pairing-requests`, { json: input });
}

/** The mentor city's answer: accept, or decline with a reason. */
export type PairingDecision = { decision: 'accept' } | { decision: 'decline'; reason: string };

/** Accepts or declines a request, as the mentor city. */
export function decidePairing(id: string, decision: PairingDecision): Promise<Pairing> {
  return apiSend('POST', `/pairings/${encodeURIComponent(id)}/decision`, { json: decision });
}

/** Withdraws an open request, as the asking city. */
export function withdrawPairing(id: string): Promise<Pairing> {
  return apiSend('POST', `/pairings/${encodeURIComponent(id)}/withdraw`, { json: {} });
}

/** A pairing's thread, oldest first; 401/403 for those outside both cities' teams. */
export function fetchMessages(id: string, signal?: AbortSignal): Promise<PairingMessage[]> {
  return apiGet(`/pairings/${encodeURIComponent(id)}/messages`, { signal });
}

/** Posts a message to a pairing's thread. */
export function postMessage(id: string, body: string): Promise<PairingMessage> {
  return apiSend('POST', `/pairings/${encodeURIComponent(id)}/messages`, { json: { body } });
}
