/**
 * Shapes of the interlinkages API as the web app reads them; they mirror
 * `packages/server/src/routes/interlinkages/interlinkages.schema.ts`.
 */

/** A link kind: synergy (ρ ≥ threshold) or trade-off (ρ ≤ −threshold). */
export type LinkKind = 'synergy' | 'trade-off';

/** What a network covers. */
export interface NetworkScope {
  readonly kind: 'country' | 'city' | 'asean';
  /** ISO3, city slug or ASEAN. */
  readonly code: string;
}

/** The stored computation a network comes from. */
export interface NetworkRun {
  readonly computedAt: string;
  readonly method: 'spearman' | 'pooled-spearman';
  /** Fewest overlapping years of a correlated pair. */
  readonly minYears: number;
  /** |ρ| at or above which a pair is a link. */
  readonly threshold: number;
}

/** One series pair behind a target link. */
export interface SeriesPair {
  readonly a: string;
  readonly b: string;
  readonly targetA: string;
  readonly targetB: string;
  /** Spearman's ρ; null when undefined. */
  readonly rho: number | null;
  /** Overlapping years (ASEAN: country-years). */
  readonly n: number;
  readonly kind: LinkKind | 'none';
}

/** A target in the network. */
export interface NetworkNode {
  readonly target: string;
  readonly goal: number;
  /** Synergies and trade-offs of the target. */
  readonly degree: number;
  /** Eigenvector centrality on the synergy network, most central = 1. */
  readonly eigenvector: number;
}

/** A data-derived target link. */
export interface NetworkEdge {
  readonly a: string;
  readonly b: string;
  readonly kind: LinkKind;
  /** Mean ρ over the series pairs. */
  readonly rho: number;
  readonly pairs: number;
}

/** A goal-by-goal cell: counts of target links between two goals (a ≤ b). */
export interface GoalMatrixCell {
  readonly a: number;
  readonly b: number;
  readonly synergies: number;
  readonly tradeOffs: number;
}

/** A link written by the secretariat from the literature, never part of the statistics. */
export interface CuratedLink {
  readonly id: string;
  readonly a: string;
  readonly b: string;
  readonly kind: LinkKind;
  readonly citation: string;
  readonly note: string | null;
}

/** A network of synergies and trade-offs between targets. */
export interface Network {
  readonly scope: NetworkScope;
  /** Null when a city has not enough data. */
  readonly run: NetworkRun | null;
  readonly reason: string | null;
  readonly nodes: readonly NetworkNode[];
  readonly edges: readonly NetworkEdge[];
  readonly goalMatrix: readonly GoalMatrixCell[];
  readonly curated: readonly CuratedLink[];
}

/** One approved value of a series in a link's evidence. */
export interface EvidenceValue {
  /** Country ISO3 or city slug. */
  readonly area: string;
  readonly year: number;
  readonly value: number;
}

/** A series involved in a link, with its values. */
export interface EvidenceSeries {
  readonly code: string;
  readonly name: string;
  readonly unit: string;
  readonly direction: 'higher' | 'lower';
  readonly target: string;
  readonly values: readonly EvidenceValue[];
}

/** The evidence of one link: its series pairs and every value by year. */
export interface LinkEvidence {
  readonly run: NetworkRun;
  readonly a: string;
  readonly b: string;
  readonly link: {
    readonly rho: number | null;
    readonly kind: LinkKind | 'none';
    readonly pairs: number;
  };
  readonly seriesPairs: readonly SeriesPair[];
  readonly series: readonly EvidenceSeries[];
}
