import type { codebookRepository, scoresRepository } from '@frontrunner/db';
import {
  DASHBOARD_COLOUR_LABELS,
  SDSN_TREND_LABELS,
  type ColourCounts,
  type DashboardColour,
  type PeerGroupKind,
  type SdsnTrendArrow,
} from '@frontrunner/domain';

/** One indicator of a codebook version as readers see it. */
export interface CodebookEntryView {
  /** Series code. */
  series: string;
  name: string;
  unit: string;
  goal: number;
  /** SDG target codes the indicator maps to. */
  targets: string[];
  optimum: number;
  green: number;
  red: number;
  lowerBound: number;
  direction: 'higher' | 'lower';
  /** First year of the trend window; null = 2015. */
  trendFrom: number | null;
  justification: string;
  source: string;
}

/** A peer group's own lower bound for one series in a codebook version. */
export interface PeerBoundView {
  group: { kind: PeerGroupKind; key: string };
  series: string;
  lowerBound: number;
  /** Percentile from the worst end. */
  percentile: number;
  /** Cities it was computed from. */
  cities: number;
  computedAt: string;
  computedBy: string;
}

/** A codebook version's header. */
export interface CodebookVersionView {
  version: number;
  createdAt: string;
  createdBy: string;
  note: string | null;
  /** Whether it is the newest version (the one scores are kept fresh under). */
  current: boolean;
}

/** Maps an entry row to its view. */
export function toEntryView(row: codebookRepository.CodebookEntryRow): CodebookEntryView {
  return {
    series: row.series_code,
    name: row.series_name,
    unit: row.series_unit,
    goal: Number(row.goal),
    targets: JSON.parse(row.targets) as string[],
    optimum: Number(row.optimum),
    green: Number(row.green),
    red: Number(row.red),
    lowerBound: Number(row.lower_bound),
    direction: row.direction,
    trendFrom: row.trend_from === null ? null : Number(row.trend_from),
    justification: row.justification,
    source: row.source,
  };
}

/** Maps a peer-group bound row to its view. */
export function toBoundView(row: codebookRepository.PeerGroupBoundRow): PeerBoundView {
  return {
    group: { kind: row.kind, key: row.key },
    series: row.series_code,
    lowerBound: Number(row.lower_bound),
    percentile: Number(row.percentile),
    cities: Number(row.cities),
    computedAt: row.computed_at,
    computedBy: row.computed_by,
  };
}

/** Maps a version row to its view. */
export function toVersionView(
  row: codebookRepository.CodebookVersionRow,
  current: boolean,
): CodebookVersionView {
  return {
    version: Number(row.version),
    createdAt: row.created_at,
    createdBy: row.created_by,
    note: row.note,
    current,
  };
}

/** One goal of a city's scores. */
export interface GoalScoreView {
  goal: number;
  /** 0–100, or null without a scored indicator. */
  score: number | null;
  colour: DashboardColour;
  /** SDSN's words for the colour. */
  colourLabel: string;
  trend: SdsnTrendArrow;
  trendLabel: string;
  /** Mean distance to target of its indicators, 0–100, or null. */
  distance: number | null;
  /** Indicators with a score. */
  scored: number;
  /** Indicators of the goal in the codebook. */
  indicators: number;
}

/** Maps a city's goal row to its view. */
export function toGoalView(row: scoresRepository.GoalScoreRow, indicators: number): GoalScoreView {
  const colour = (row.colour ?? 'grey') as DashboardColour;
  const trend = (row.trend ?? '•') as SdsnTrendArrow;
  return {
    goal: Number(row.goal),
    score: row.score === null ? null : Number(row.score),
    colour,
    colourLabel: DASHBOARD_COLOUR_LABELS[colour],
    trend,
    trendLabel: SDSN_TREND_LABELS[trend],
    distance: row.distance === null ? null : Number(row.distance),
    scored: Number(row.scored),
    indicators,
  };
}

/** One goal of a roll-up. */
export interface RolledUpGoalView {
  goal: number;
  /** Mean of the members' goal scores, 0–100, or null. */
  score: number | null;
  /** Members with a score on it (cities for a country, countries for ASEAN). */
  members: number;
  /** The cities behind it by colour. */
  colours: ColourCounts;
}

/** Maps a roll-up's goal row to its view. */
export function toRolledUpGoalView(row: scoresRepository.GoalScoreRow): RolledUpGoalView {
  return {
    goal: Number(row.goal),
    score: row.score === null ? null : Number(row.score),
    members: Number(row.scored),
    colours: JSON.parse(row.colours ?? '{}') as ColourCounts,
  };
}
