import type { Session } from '../api/account-types.ts';
import { allowsOnCity } from './access.ts';

/** A city the signed-in user may ask for a pairing on behalf of. */
export interface AskingCity {
  readonly slug: string;
  readonly name: string;
  /** ISO3 of its country. */
  readonly country: string;
}

/**
 * The cities of the user's assignments on whose behalf they may ask `mentorSlug` for a pairing
 * (`pairing.request`, mirrored from the server's policy), without the mentor city itself and
 * without repeats, in the order of the assignments. Empty when signed out.
 *
 * @example
 * askingCities(session, 'battambang') // [{ slug: 'phnom-penh', name: 'Phnom Penh', country: 'KHM' }]
 */
export function askingCities(session: Session | undefined, mentorSlug: string): AskingCity[] {
  const found = new Map<string, AskingCity>();
  for (const { city } of session?.user?.assignments ?? []) {
    if (!city || city.slug === mentorSlug || found.has(city.slug)) continue;
    if (allowsOnCity(session, 'pairing.request', city)) found.set(city.slug, city);
  }
  return [...found.values()];
}
