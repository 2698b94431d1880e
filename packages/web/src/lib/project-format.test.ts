import { describe, expect, it } from 'vitest';
import { formatBudget, shareOf } from './project-format.ts';

describe('formatBudget', () => {
  it('formats a budget in its currency', () => {
    expect(formatBudget(1200000, 'USD', 'en')).toBe('$1,200,000');
  });

  it('falls back to the number and the code for a code the browser does not know', () => {
    expect(formatBudget(5, 'ZZZ', 'en')).toMatch(/5/);
  });

  it('shows the plain number without a currency', () => {
    expect(formatBudget(1500, null, 'en')).toBe('1,500');
  });
});

describe('shareOf', () => {
  it('is the share of the budget, rounded', () => {
    expect(shareOf(1200000, 40)).toBe(480000);
  });

  it('is undefined without a budget', () => {
    expect(shareOf(null, 40)).toBeUndefined();
  });
});
