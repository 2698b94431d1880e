import { compareCodes } from './order';
import type { LinkKind } from './types';

/** A link between two targets as suggestions read it: data-derived (with ρ) or curated. */
export interface SuggestibleLink {
  readonly a: string;
  readonly b: string;
  readonly kind: LinkKind;
  /** Mean ρ of a data-derived link; absent for a curated one. */
  readonly rho?: number | null | undefined;
}

/** A target suggested because a link joins it to one of the primary targets. */
export interface LinkedTarget<L extends SuggestibleLink> {
  /** The suggested target. */
  readonly target: string;
  /** The primary target it is linked to. */
  readonly from: string;
  /** The link itself, with whatever evidence it carries. */
  readonly link: L;
}

/**
 * Targets linked to a project's primary targets (METHODS §6): through a synergy they are likely
 * co-benefits, through a trade-off risks to manage. Links marked `none` suggest nothing, and a
 * primary target is never suggested to itself or to another primary target. Data-derived links
 * come strongest first (|ρ| descending); ties, and curated links, by target, then primary target.
 *
 * @example linkedTargets(['6.3'], [{ a: '6.3', b: '14.1', kind: 'synergy', rho: 0.8 }])
 *   // { coBenefits: [{ target: '14.1', from: '6.3', link }], risks: [] }
 */
export function linkedTargets<L extends SuggestibleLink>(
  primary: readonly string[],
  links: readonly L[],
): { coBenefits: LinkedTarget<L>[]; risks: LinkedTarget<L>[] } {
  const chosen = new Set(primary);
  const found: LinkedTarget<L>[] = [];
  for (const link of links) {
    if (link.kind === 'none') continue;
    if (chosen.has(link.a) && !chosen.has(link.b))
      found.push({ target: link.b, from: link.a, link });
    if (chosen.has(link.b) && !chosen.has(link.a))
      found.push({ target: link.a, from: link.b, link });
  }
  const strength = (l: L) => Math.abs(l.rho ?? 0);
  found.sort(
    (x, y) =>
      strength(y.link) - strength(x.link) ||
      compareCodes(x.target, y.target) ||
      compareCodes(x.from, y.from),
  );
  return {
    coBenefits: found.filter((s) => s.link.kind === 'synergy'),
    risks: found.filter((s) => s.link.kind === 'trade-off'),
  };
}
