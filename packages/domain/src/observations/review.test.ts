import { describe, expect, it } from 'vitest';
import {
  canApply,
  nextStatus,
  ReviewTransitionError,
  sameContent,
  type ObservationContent,
} from './review';

describe('review transitions', () => {
  it('moves a draft to submitted, then to approved or returned', () => {
    expect(nextStatus('draft', 'submit')).toBe('submitted');
    expect(nextStatus('submitted', 'approve')).toBe('approved');
    expect(nextStatus('submitted', 'return')).toBe('returned');
    expect(nextStatus('returned', 'submit')).toBe('submitted');
  });

  it('refuses to approve a draft or to submit an approved value', () => {
    expect(() => nextStatus('draft', 'approve')).toThrow(ReviewTransitionError);
    expect(() => nextStatus('approved', 'submit')).toThrow(
      /Cannot submit a value that is approved/,
    );
    expect(canApply('approved', 'return')).toBe(false);
  });
});

describe('sameContent', () => {
  const base: ObservationContent = {
    value: 1.5,
    estimated: false,
    provisional: false,
    breakInSeries: false,
    footnote: null,
    source: 'Survey',
    nature: 'C',
  };

  it('is true for identical content and false when any field differs', () => {
    expect(sameContent(base, { ...base })).toBe(true);
    expect(sameContent(base, { ...base, value: 1.5000001 })).toBe(false);
    expect(sameContent(base, { ...base, provisional: true })).toBe(false);
    expect(sameContent(base, { ...base, footnote: 'revised' })).toBe(false);
  });
});
