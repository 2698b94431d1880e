/** A piece of a result's snippet, matched or not. */
export interface SnippetFragment {
  readonly text: string;
  readonly match: boolean;
}

/**
 * Joins neighbouring fragments of the same kind, so that a word the server cut in two (Thai,
 * Khmer, Lao and Burmese are segmented into dictionary words) is highlighted as one.
 *
 * @example
 * mergeFragments([{ text: 'ไฟ', match: true }, { text: 'ป่า', match: true }])
 * // [{ text: 'ไฟป่า', match: true }]
 */
export function mergeFragments(fragments: readonly SnippetFragment[]): SnippetFragment[] {
  const out: SnippetFragment[] = [];
  for (const fragment of fragments) {
    const previous = out[out.length - 1];
    if (previous && previous.match === fragment.match)
      out[out.length - 1] = { text: previous.text + fragment.text, match: fragment.match };
    else out.push(fragment);
  }
  return out;
}
