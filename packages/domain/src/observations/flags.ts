import type { ObservationFlags } from './observation';

/**
 * Flag letters, after SDMX OBS_STATUS: E estimated, P provisional, B break in series. Written in
 * this order; the project's own formats join several (`EP`), SDMX carries one.
 */
export const FLAG_LETTERS = ['E', 'P', 'B'] as const;

/** One of {@link FLAG_LETTERS}. */
export type FlagLetter = (typeof FLAG_LETTERS)[number];

/** The eight flag combinations, frozen and shared, indexed by bits E=1, P=2, B=4. */
const COMBINATIONS: readonly ObservationFlags[] = Array.from({ length: 8 }, (_, bits) =>
  Object.freeze({
    estimated: (bits & 1) !== 0,
    provisional: (bits & 2) !== 0,
    breakInSeries: (bits & 4) !== 0,
  }),
);

/** The shared, frozen flags object for a combination (no allocation per observation). */
export function flagsOf(
  estimated: boolean,
  provisional: boolean,
  breakInSeries: boolean,
): ObservationFlags {
  return COMBINATIONS[
    (estimated ? 1 : 0) | (provisional ? 2 : 0) | (breakInSeries ? 4 : 0)
  ] as ObservationFlags;
}

/**
 * The letters of a set of flags in canonical order, empty for a plain value.
 * @example flagLetters({ estimated: true, provisional: false, breakInSeries: true }) // 'EB'
 */
export function flagLetters(flags: ObservationFlags): string {
  return (
    (flags.estimated ? 'E' : '') + (flags.provisional ? 'P' : '') + (flags.breakInSeries ? 'B' : '')
  );
}

/**
 * Reads flag letters in any order and case, optionally separated by spaces, `|`, `,` or `;`.
 * Returns undefined when a character is not a flag letter.
 * @example parseFlagLetters('e|b') // { estimated: true, provisional: false, breakInSeries: true }
 */
export function parseFlagLetters(text: string): ObservationFlags | undefined {
  let bits = 0;
  for (const char of text.toUpperCase()) {
    if (char === 'E') bits |= 1;
    else if (char === 'P') bits |= 2;
    else if (char === 'B') bits |= 4;
    else if (!' |,;'.includes(char)) return undefined;
  }
  return COMBINATIONS[bits];
}
