/** A piece of text as shown: plain text, or an invisible character made visible. */
export type TextPiece =
  | { readonly kind: 'text'; readonly text: string }
  | {
      readonly kind: 'mark';
      /** What stands for it on screen. */
      readonly symbol: string;
      /** What it is, for the legend and screen readers. */
      readonly name: InvisibleName;
    };

/** The invisible characters told apart. */
export type InvisibleName =
  | 'space'
  | 'tab'
  | 'newline'
  | 'carriageReturn'
  | 'noBreakSpace'
  | 'zeroWidth'
  | 'byteOrderMark'
  | 'other';

const MARKS: Readonly<Record<string, { symbol: string; name: InvisibleName }>> = {
  ' ': { symbol: '·', name: 'space' },
  '\t': { symbol: '→', name: 'tab' },
  '\n': { symbol: '↵', name: 'newline' },
  '\r': { symbol: '␍', name: 'carriageReturn' },
  '\u00a0': { symbol: '⍽', name: 'noBreakSpace' },
  '\u202f': { symbol: '⍽', name: 'noBreakSpace' },
  '\u200b': { symbol: '∅', name: 'zeroWidth' },
  '\u200c': { symbol: '∅', name: 'zeroWidth' },
  '\u200d': { symbol: '∅', name: 'zeroWidth' },
  '\u2060': { symbol: '∅', name: 'zeroWidth' },
  '\ufeff': { symbol: '◊', name: 'byteOrderMark' },
};

/** Other characters that show nothing: controls and the remaining format characters. */
const OTHER_INVISIBLE = /[\p{Cc}\p{Cf}\p{Zs}\p{Zl}\p{Zp}]/u;

/**
 * Splits text into plain runs and visible marks for spaces, tabs, line breaks, no-break and
 * zero-width spaces and byte-order marks, so that "12 " and "12" look different in an import
 * problem. Khmer, Lao and Burmese letters (combining marks included) stay plain text.
 *
 * @example
 * visibleWhitespace('a b') // [{kind:'text',text:'a'}, {kind:'mark',symbol:'·',name:'space'}, {kind:'text',text:'b'}]
 */
export function visibleWhitespace(text: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  let run = '';
  for (const char of text) {
    const mark =
      MARKS[char] ??
      (OTHER_INVISIBLE.test(char) ? { symbol: '⍰', name: 'other' as const } : undefined);
    if (!mark) {
      run += char;
      continue;
    }
    if (run) pieces.push({ kind: 'text', text: run });
    run = '';
    pieces.push({ kind: 'mark', ...mark });
  }
  if (run) pieces.push({ kind: 'text', text: run });
  return pieces;
}
