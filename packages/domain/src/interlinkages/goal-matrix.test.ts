import { describe, expect, it } from 'vitest';
import { goalMatrix } from './goal-matrix';

describe('goalMatrix', () => {
  it('counts strong links by kind in the cell of their two goals, smaller goal first', () => {
    const cells = goalMatrix([
      { a: '11.6', b: '6.1', rho: 0.8 },
      { a: '6.3', b: '11.1', rho: 0.6 },
      { a: '11.6', b: '6.2', rho: -0.7 },
      { a: '3.1', b: '3.2', rho: 0.9 },
      { a: '3.1', b: '6.2', rho: 0.59 },
      { a: '3.2', b: '6.2', rho: null },
    ]);
    expect(cells).toEqual([
      { a: 3, b: 3, synergies: 1, tradeOffs: 0 },
      { a: 6, b: 11, synergies: 2, tradeOffs: 1 },
    ]);
  });

  it('reads the goal of lettered and two-digit targets', () => {
    expect(goalMatrix([{ a: '17.19', b: '6.a', rho: 0.7 }])).toEqual([
      { a: 6, b: 17, synergies: 1, tradeOffs: 0 },
    ]);
  });

  it('refuses what is not a target code', () => {
    for (const code of ['11', '18.1', '0.1', '11.6.1', 'x.1']) {
      expect(() => goalMatrix([{ a: code, b: '1.1', rho: 0.9 }]), code).toThrow(RangeError);
    }
  });

  it('applies the threshold it is given, inclusive', () => {
    const links = [{ a: '1.1', b: '2.1', rho: -0.5 }];
    expect(goalMatrix(links)).toEqual([]);
    expect(goalMatrix(links, 0.5)).toEqual([{ a: 1, b: 2, synergies: 0, tradeOffs: 1 }]);
  });
});
