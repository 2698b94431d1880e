/** Orders strings by UTF-16 code units: deterministic, unlike locale collation. */
export function compareCodes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
