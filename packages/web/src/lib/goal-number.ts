/** How many Sustainable Development Goals there are. */
export const goalCount = 17;

/**
 * Reads a goal number from a URL segment; `undefined` unless it is a whole number 1–17
 * written plainly ("11", not "011" or "11.0").
 *
 * @example
 * parseGoalNumber('11') // 11
 * parseGoalNumber('18') // undefined
 */
export function parseGoalNumber(segment: string): number | undefined {
  if (!/^[1-9][0-9]?$/.test(segment)) return undefined;
  const number = Number(segment);
  return number <= goalCount ? number : undefined;
}
