import { describe, expect, it } from 'vitest';
import { reconcileDraft } from './use-search-draft.ts';

describe('reconcileDraft', () => {
  it('keeps the draft when the committed value is the echo of our own commit', () => {
    const result = reconcileDraft({ committed: '', pending: 'phn' }, 'phn');
    expect(result).toEqual({ seen: { committed: 'phn', pending: undefined }, resetDraft: false });
  });

  it('shows a change from outside, such as "clear filters"', () => {
    expect(reconcileDraft({ committed: 'phnom', pending: undefined }, '').resetDraft).toBe(true);
  });

  it('treats going back to an earlier search as a change from outside once the echo is consumed', () => {
    const echoed = reconcileDraft({ committed: '', pending: 'phnom' }, 'phnom').seen;
    const cleared = reconcileDraft(echoed, '').seen;
    expect(reconcileDraft(cleared, 'phnom').resetDraft).toBe(true);
  });
});
