/**
 * Splits a list of keys for `in (…)` into chunks that stay under both engines' limits on bound
 * parameters; `undefined` (no filter) is one chunk of its own.
 * @example keyChunks(['a', 'b', 'c'], 2) // [['a', 'b'], ['c']]
 */
export function keyChunks<T>(
  keys: readonly T[] | undefined,
  size = 500,
): (readonly T[] | undefined)[] {
  if (keys === undefined) return [undefined];
  const out: T[][] = [];
  for (let i = 0; i < keys.length; i += size) out.push(keys.slice(i, i + size));
  return out;
}
