import { describe, expect, it } from 'vitest';
import { mergeFragments } from './snippet.ts';

describe('mergeFragments', () => {
  it('highlights a word segmented in two as one mark', () => {
    expect(
      mergeFragments([
        { text: 'และ', match: false },
        { text: 'ไฟ', match: true },
        { text: 'ป่า', match: true },
        { text: 'ปกคลุม', match: false },
      ]),
    ).toEqual([
      { text: 'และ', match: false },
      { text: 'ไฟป่า', match: true },
      { text: 'ปกคลุม', match: false },
    ]);
  });

  it('keeps matches apart when text stands between them', () => {
    const apart = [
      { text: 'waste', match: true },
      { text: ' and ', match: false },
      { text: 'compost', match: true },
    ];
    expect(mergeFragments(apart)).toEqual(apart);
    expect(mergeFragments([])).toEqual([]);
  });
});
