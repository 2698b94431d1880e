import type { DashboardColour, SdsnTrendArrow } from '@frontrunner/domain';

/** A goal's stored score, as the scoring service presents it. */
export interface ScoredGoal {
  goal: number;
  score: number | null;
  colour: DashboardColour;
  colourLabel: string;
  trend: SdsnTrendArrow;
  trendLabel: string;
}

/** A city's stored scores: the parts a report shows. */
export interface ScoredCity {
  index: number | null;
  codebook: { version: number };
  goals: readonly ScoredGoal[];
  indicators: readonly { series: string; score: number | null; colour: DashboardColour }[];
}

/** A country's or ASEAN's rolled-up scores: the parts a report shows. */
export interface ScoredRollUp {
  index: number | null;
  rule: string;
  codebook: { version: number };
  goals: readonly ScoredGoal[];
  members: readonly { key: string; name: string; index: number | null }[];
}

/**
 * Where a report reads scores from. The scoring service answers these (wired by the server and
 * the CLI); a port that returns undefined makes the dashboard say it is not available yet.
 */
export interface ReportScoresPort {
  city(slug: string): Promise<ScoredCity | undefined>;
  country(iso3: string): Promise<ScoredRollUp | undefined>;
  asean(): Promise<ScoredRollUp | undefined>;
}

/** A port with no scores: every dashboard says why. */
export const NO_SCORES: ReportScoresPort = {
  city: () => Promise.resolve(undefined),
  country: () => Promise.resolve(undefined),
  asean: () => Promise.resolve(undefined),
};
