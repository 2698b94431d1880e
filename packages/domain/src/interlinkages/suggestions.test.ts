import { describe, expect, it } from 'vitest';
import { linkedTargets } from './suggestions';

describe('linkedTargets', () => {
  const links = [
    { a: '11.6', b: '6.3', kind: 'synergy' as const, rho: 0.7 },
    { a: '14.1', b: '6.3', kind: 'synergy' as const, rho: 0.9 },
    { a: '6.3', b: '8.1', kind: 'trade-off' as const, rho: -0.65 },
    { a: '3.9', b: '6.3', kind: 'none' as const, rho: 0.2 },
    { a: '1.1', b: '2.1', kind: 'synergy' as const, rho: 0.99 },
  ];

  it('suggests synergy partners as co-benefits and trade-off partners as risks, strongest first', () => {
    const { coBenefits, risks } = linkedTargets(['6.3'], links);
    expect(coBenefits.map((s) => [s.target, s.from])).toEqual([
      ['14.1', '6.3'],
      ['11.6', '6.3'],
    ]);
    expect(risks.map((s) => [s.target, s.from, s.link.rho])).toEqual([['8.1', '6.3', -0.65]]);
  });

  it('never suggests a primary target, nor anything through a link marked none', () => {
    const { coBenefits, risks } = linkedTargets(['6.3', '11.6'], links);
    expect(coBenefits.map((s) => s.target)).toEqual(['14.1']);
    expect(risks.map((s) => s.target)).toEqual(['8.1']);
    expect(linkedTargets(['3.9'], links)).toEqual({ coBenefits: [], risks: [] });
  });

  it('orders curated links, which have no ρ, by target and then primary target', () => {
    const curated = [
      { a: '7.2', b: '13.2', kind: 'synergy' as const },
      { a: '11.6', b: '13.2', kind: 'synergy' as const },
      { a: '7.2', b: '11.6', kind: 'synergy' as const },
    ];
    expect(
      linkedTargets(['13.2', '7.2'], curated).coBenefits.map((s) => `${s.target}<${s.from}`),
    ).toEqual(['11.6<13.2', '11.6<7.2']);
  });
});
