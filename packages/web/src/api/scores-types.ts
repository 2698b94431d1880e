/**
 * Shapes of the scores API as the web app reads them; they mirror
 * `packages/server/src/routes/scores/*.schema.ts`.
 */
import type { DashboardColour, PeerGroupKind, SdsnTrendArrow } from '@frontrunner/domain';

/** The approved observation version a score used. */
export interface ObservationRef {
  readonly id: string;
  readonly version: number;
}

/** The codebook version scores are under. */
export interface CodebookVersion {
  readonly version: number;
  readonly createdAt: string;
  readonly note: string | null;
  readonly current: boolean;
}

/** A codebook entry as applied: the numbers that turn a value into a score. */
export interface CodebookEntry {
  readonly series: string;
  readonly name: string;
  readonly unit: string;
  readonly goal: number;
  readonly targets: readonly string[];
  /** Scores 100, in the unit. */
  readonly optimum: number;
  readonly green: number;
  readonly red: number;
  /** Scores 0, in the unit. */
  readonly lowerBound: number;
  readonly direction: 'higher' | 'lower';
  readonly justification: string;
  readonly source: string;
}

/** One goal tile of a city's dashboard. */
export interface GoalScore {
  /** 1–17 */
  readonly goal: number;
  /** 0–100; null without any indicator value. */
  readonly score: number | null;
  readonly colour: DashboardColour;
  readonly colourLabel: string;
  readonly trend: SdsnTrendArrow;
  readonly trendLabel: string;
  /** Mean distance to target, 0–100. */
  readonly distance: number | null;
  /** Indicators with a value. */
  readonly scored: number;
  /** Indicators of the goal in the codebook. */
  readonly indicators: number;
}

/** One indicator of a city's dashboard, traceable to its value. */
export interface IndicatorScore {
  readonly series: string;
  readonly name: string;
  readonly unit: string;
  readonly goal: number;
  /** 0–100; null without a value. */
  readonly score: number | null;
  readonly colour: DashboardColour;
  readonly trend: SdsnTrendArrow;
  readonly year: number | null;
  readonly value: number | null;
  readonly observation: ObservationRef | null;
  readonly base: { readonly year: number; readonly observation: ObservationRef } | null;
  readonly entry: CodebookEntry;
  readonly lowerBoundFrom: { readonly kind: 'codebook' | 'peer_group' };
  /** The city's own target. */
  readonly target: { readonly value: number; readonly year: number } | null;
  /** Distance to the 2030 end value: `distance` = 100 − `score`, both 0–100. */
  readonly distance: {
    readonly score: number;
    readonly distance: number;
    readonly endValue: number;
  } | null;
}

/** A city's dashboard: index, goal tiles and indicators. */
export interface CityScores {
  readonly city: { readonly slug: string; readonly name: string; readonly country: string };
  readonly codebook: CodebookVersion;
  readonly computedAt: string;
  /** 0–100; null when more than `maxMissingShare` of the indicators lack a value. */
  readonly index: number | null;
  /** Share of indicators without a value, 0–1. */
  readonly missingShare: number;
  /** 0–1 */
  readonly maxMissingShare: number;
  readonly goals: readonly GoalScore[];
  readonly indicators: readonly IndicatorScore[];
}

/** A city beside the other cities of one of its groups. */
export interface CityPeers {
  readonly group: { readonly kind: PeerGroupKind; readonly key: string; readonly label: string };
  readonly city: string;
  readonly peers: readonly {
    readonly slug: string;
    readonly name: string;
    readonly country: string;
    readonly index: number | null;
    readonly missingShare: number;
    readonly goals: readonly {
      readonly goal: number;
      readonly score: number | null;
      readonly colour: DashboardColour;
    }[];
  }[];
}

/** A country's or ASEAN's scores rolled up from its members'. */
export interface RollUp {
  readonly unit: {
    readonly kind: 'country' | 'asean';
    readonly iso3?: string;
    readonly name: string;
  };
  readonly rule: string;
  readonly index: number | null;
  readonly indexMembers: number;
  readonly goals: readonly {
    readonly goal: number;
    readonly score: number | null;
    readonly members: number;
    readonly colours: Readonly<Record<DashboardColour, number>>;
  }[];
  readonly members: readonly {
    readonly key: string;
    readonly name: string;
    readonly index: number | null;
  }[];
}

/** The scoring method in plain words. */
export interface ScoringMethod {
  readonly steps: readonly {
    readonly title: string;
    readonly text: string;
    readonly source: string;
  }[];
  readonly colours: Readonly<Record<string, string>>;
  readonly trends: Readonly<Record<string, string>>;
  readonly populationClasses: readonly {
    readonly key: string;
    readonly label: string;
    readonly min: number;
    readonly max: number | null;
  }[];
  readonly peerPercentile: number;
  readonly minPeerCities: number;
  /** 0–1 */
  readonly maxMissingShare: number;
}
