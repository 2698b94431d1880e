/**
 * A `LIKE` pattern that matches `text` anywhere, with `%`, `_` and `\` escaped
 * (use with `escape '\'`).
 * @example likePattern('50%') // '%50\\%%'
 */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
