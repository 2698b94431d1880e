import { describe, expect, it } from 'vitest';
import { alignDirection } from './direction';
import { spearman } from './spearman';

describe('alignDirection', () => {
  it('multiplies by −1 where lower is better and copies otherwise', () => {
    const values = [3, 1, 2];
    expect(alignDirection(values, 'lower')).toEqual([-3, -1, -2]);
    const higher = alignDirection(values, 'higher');
    expect(higher).toEqual([3, 1, 2]);
    expect(higher).not.toBe(values);
  });

  it('flips the sign of ρ when one side is lower-is-better', () => {
    const xs = [1, 2, 3, 4, 5];
    const ys = [2, 1, 4, 3, 5];
    expect(spearman(xs, alignDirection(ys, 'lower'))).toBeCloseTo(-0.8, 15);
    expect(spearman(alignDirection(xs, 'lower'), alignDirection(ys, 'lower'))).toBeCloseTo(0.8, 15);
  });
});
