import { describe, expect, it } from 'vitest';
import { formatLevel, formatPoints, formatShare } from './capacity-format.ts';

describe('capacity formats', () => {
  it('shows a share as a whole percent and null as a dash', () => {
    expect(formatShare(0.8, 'en')).toBe('80%');
    expect(formatShare(null, 'en')).toBe('—');
  });

  it('shows a change of share in signed percentage points without float noise', () => {
    expect(formatPoints(0.6000000000000001, 'en')).toBe('+60');
    expect(formatPoints(-0.05, 'en')).toBe('-5');
  });

  it('shows levels with one decimal, signed for changes', () => {
    expect(formatLevel(2.25, 'en', true)).toBe('+2.3');
    expect(formatLevel(4, 'en')).toBe('4');
    expect(formatLevel(null, 'en')).toBe('—');
  });
});
