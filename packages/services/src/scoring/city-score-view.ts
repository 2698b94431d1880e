import type { scoresRepository } from '@frontrunner/db';
import {
  DASHBOARD_COLOUR_LABELS,
  SDSN_TREND_LABELS,
  type DashboardColour,
  type PeerGroupKind,
  type SdsnTrendArrow,
} from '@frontrunner/domain';
import type { CodebookContext } from './codebook-context';
import {
  toEntryView,
  toGoalView,
  toVersionView,
  type CodebookEntryView,
  type CodebookVersionView,
  type GoalScoreView,
} from './score-views';

/** Where an indicator's lower bound came from. */
export type LowerBoundFrom =
  | { kind: 'codebook' }
  | {
      kind: 'peer_group';
      group: { kind: PeerGroupKind; key: string };
      /** Percentile from the worst end. */
      percentile: number;
      /** Cities it was computed from. */
      cities: number;
      computedAt: string;
    };

/** One indicator of a city's scores, traceable to its observations, codebook entry and method. */
export interface IndicatorScoreView {
  series: string;
  name: string;
  unit: string;
  goal: number;
  /** 0–100 by the SDSN method, or null without a value. */
  score: number | null;
  colour: DashboardColour;
  colourLabel: string;
  trend: SdsnTrendArrow;
  trendLabel: string;
  /** Year and raw value of the latest approved value, or null. */
  year: number | null;
  value: number | null;
  /** The approved observation and version the score used. */
  observation: { id: string; version: number } | null;
  /** The first value of the trend window, when there is a trend. */
  base: { year: number; observation: { id: string; version: number } } | null;
  /** The codebook entry as applied to this city (its lower bound may be a peer group's). */
  entry: CodebookEntryView;
  lowerBoundFrom: LowerBoundFrom;
  /** The city's own target for the series, if set. */
  target: { value: number; year: number } | null;
  /** Distance to the 2030 end value (METHODS §4): score and distance 0–100, end value in the unit. */
  distance: { score: number; distance: number; endValue: number } | null;
}

/** A city's index, goals and indicators under one codebook version. */
export interface CityScoresView {
  city: { slug: string; name: string; country: string };
  codebook: CodebookVersionView;
  /** When the stored scores were computed, ISO 8601 UTC. */
  computedAt: string;
  /** SHA-256 of the inputs (codebook version, bounds, observation versions, targets). */
  fingerprint: string;
  /** 0–100, or null when more than `maxMissingShare` of the indicators have no value. */
  index: number | null;
  /** Share of the codebook's indicators without a value, 0–1. */
  missingShare: number;
  /** The index needs at most this share missing (SDSN: 20%). */
  maxMissingShare: number;
  goals: GoalScoreView[];
  indicators: IndicatorScoreView[];
}

/** Builds a city's view from its stored rows and the codebook version they were computed under. */
export function toCityScoresView(
  context: CodebookContext,
  city: { slug: string; name: string; country_iso3: string },
  stored: {
    unit: scoresRepository.UnitScoreRow;
    goals: readonly scoresRepository.GoalScoreRow[];
    indicators: readonly scoresRepository.IndicatorScoreRow[];
  },
): CityScoresView {
  const entries = new Map(context.entries.map((e) => [e.series_id, e]));
  const bounds = new Map(context.bounds.map((b) => [`${b.peer_group_id}|${b.series_id}`, b]));
  const perGoal = new Map<number, number>();
  for (const e of context.entries)
    perGoal.set(Number(e.goal), (perGoal.get(Number(e.goal)) ?? 0) + 1);
  return {
    city: { slug: city.slug, name: city.name, country: city.country_iso3 },
    codebook: toVersionView(context.version, context.current),
    computedAt: stored.unit.computed_at,
    fingerprint: stored.unit.fingerprint,
    index: stored.unit.index_score === null ? null : Number(stored.unit.index_score),
    missingShare: Number(stored.unit.missing_share),
    maxMissingShare: 0.2,
    goals: stored.goals.map((g) => toGoalView(g, perGoal.get(Number(g.goal)) ?? 0)),
    indicators: stored.indicators.flatMap((row) => {
      const entry = entries.get(row.series_id);
      if (!entry) return [];
      const bound = row.peer_group_id
        ? bounds.get(`${row.peer_group_id}|${row.series_id}`)
        : undefined;
      return [
        toIndicatorView(row, { ...toEntryView(entry), lowerBound: Number(row.lower_bound) }, bound),
      ];
    }),
  };
}

function toIndicatorView(
  row: scoresRepository.IndicatorScoreRow,
  entry: CodebookEntryView,
  bound:
    | { kind: PeerGroupKind; key: string; percentile: number; cities: number; computed_at: string }
    | undefined,
): IndicatorScoreView {
  const colour = row.colour as DashboardColour;
  const trend = row.trend as SdsnTrendArrow;
  const num = (v: number | null) => (v === null ? null : Number(v));
  return {
    series: entry.series,
    name: entry.name,
    unit: entry.unit,
    goal: entry.goal,
    score: num(row.score),
    colour,
    colourLabel: DASHBOARD_COLOUR_LABELS[colour],
    trend,
    trendLabel: SDSN_TREND_LABELS[trend],
    year: num(row.year),
    value: num(row.value),
    observation:
      row.observation_id === null
        ? null
        : { id: row.observation_id, version: Number(row.observation_version) },
    base:
      row.base_observation_id === null
        ? null
        : {
            year: Number(row.base_year),
            observation: {
              id: row.base_observation_id,
              version: Number(row.base_observation_version),
            },
          },
    entry,
    lowerBoundFrom: bound
      ? {
          kind: 'peer_group',
          group: { kind: bound.kind, key: bound.key },
          percentile: Number(bound.percentile),
          cities: Number(bound.cities),
          computedAt: bound.computed_at,
        }
      : { kind: 'codebook' },
    target:
      row.target_value === null
        ? null
        : { value: Number(row.target_value), year: Number(row.target_year) },
    distance:
      row.distance === null
        ? null
        : {
            score: Number(row.distance_score),
            distance: Number(row.distance),
            endValue: Number(row.end_value),
          },
  };
}
