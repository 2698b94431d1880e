import { describe, expect, it } from 'vitest';
import { visibleWhitespace } from './visible-whitespace.ts';

const shown = (text: string) =>
  visibleWhitespace(text)
    .map((p) => (p.kind === 'text' ? p.text : `[${p.name}]`))
    .join('');

describe('visibleWhitespace', () => {
  it('marks spaces, tabs and line breaks', () => {
    expect(shown(' 12\t\r\n')).toBe('[space]12[tab][carriageReturn][newline]');
  });

  it('marks the characters that look like nothing', () => {
    expect(shown('\ufeff1\u00a02\u200b3\u0007')).toBe(
      '[byteOrderMark]1[noBreakSpace]2[zeroWidth]3[other]',
    );
  });

  it('leaves Khmer, Lao and Burmese letters alone', () => {
    expect(shown('ភ្នំពេញ ວຽງຈັນ မြို့')).toBe('ភ្នំពេញ[space]ວຽງຈັນ[space]မြို့');
  });

  it('keeps plain text in one piece', () => {
    expect(visibleWhitespace('abc')).toEqual([{ kind: 'text', text: 'abc' }]);
    expect(visibleWhitespace('')).toEqual([]);
  });
});
