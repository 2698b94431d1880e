import { describe, expect, it } from 'vitest';
import { averageRanks, spearman } from './spearman';

describe('averageRanks', () => {
  it('gives tied values the mean of the ranks they span', () => {
    expect([...averageRanks([10, 20, 20, 5])]).toEqual([2, 3.5, 3.5, 1]);
    expect([...averageRanks([7, 7, 7])]).toEqual([2, 2, 2]);
  });
});

describe('spearman', () => {
  it('matches the hand-computed ρ of a sample without ties', () => {
    // d = (−1, 1, −1, 1, 0), Σd² = 4, ρ = 1 − 6·4 / (5·24) = 0.8
    expect(spearman([1, 2, 3, 4, 5], [2, 1, 4, 3, 5])).toBeCloseTo(0.8, 15);
  });

  it('handles ties by Pearson on average ranks, not by the 6Σd² shortcut', () => {
    // ranks of y: 1, 2.5, 2.5, 4, 5 → Σxy = 9.5, Σxx = 10, Σyy = 9.5 → ρ = √0.95
    const rho = spearman([1, 2, 3, 4, 5], [1, 2, 2, 3, 4]);
    expect(rho).toBeCloseTo(Math.sqrt(0.95), 15);
    // the shortcut would say 1 − 6·0.5 / 120 = 0.975
    expect(Math.abs((rho as number) - 0.975)).toBeGreaterThan(1e-4);
  });

  it('handles ties on both sides', () => {
    // ranks 1.5, 1.5, 3, 4 and 1, 2.5, 2.5, 4 → 3.75 / 4.5 (SciPy gives 0.8333…)
    expect(spearman([1, 1, 2, 3], [1, 2, 2, 3])).toBeCloseTo(5 / 6, 15);
  });

  it('is exactly +1 and −1 for monotone samples, whatever their shape', () => {
    expect(spearman([1, 2, 3, 4], [1, 10, 100, 1000])).toBe(1);
    expect(spearman([1, 2, 3, 4], [9, 4, 1, 0])).toBe(-1);
  });

  it('is null for a constant sample and for fewer than two pairs', () => {
    expect(spearman([1, 2, 3, 4, 5], [3, 3, 3, 3, 3])).toBeNull();
    expect(spearman([1], [2])).toBeNull();
    expect(spearman([], [])).toBeNull();
  });

  it('drops incomplete pairs and ranks the rest among themselves', () => {
    // without the NaN pair the samples are (1, 2, 4) and (3, 2, 1): perfectly opposed
    expect(spearman([1, 2, 3, 4], [3, 2, Number.NaN, 1])).toBe(-1);
    expect(spearman([1, Number.POSITIVE_INFINITY, 3], [1, 5, 3])).toBe(1);
  });

  it('refuses samples of different lengths', () => {
    expect(() => spearman([1, 2], [1])).toThrow(RangeError);
  });
});
