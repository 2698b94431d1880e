import type { ProgressStatus } from './progress-status';
import type { DashboardColour, SdsnTrendArrow } from './types';

/** Plain-words label of each dashboard colour, as SDSN words them. */
export const DASHBOARD_COLOUR_LABELS: Readonly<Record<DashboardColour, string>> = Object.freeze({
  green: 'SDG achieved',
  yellow: 'Challenges remain',
  orange: 'Significant challenges remain',
  red: 'Major challenges remain',
  grey: 'Insufficient data',
});

/** Plain-words label of each SDSN trend arrow. */
export const SDSN_TREND_LABELS: Readonly<Record<SdsnTrendArrow, string>> = Object.freeze({
  '↑': 'On track or maintaining SDG achievement',
  '➚': 'Moderately improving',
  '→': 'Stagnating',
  '↓': 'Decreasing',
  '•': 'Trend information unavailable',
});

/** Plain-words label of each official-statistics progress status. */
export const PROGRESS_STATUS_LABELS: Readonly<Record<ProgressStatus, string>> = Object.freeze({
  target_achieved: 'Target achieved',
  on_track: 'On track',
  acceleration_needed: 'Progress made but acceleration needed',
  limited_progress: 'Limited progress',
  deterioration: 'Deterioration',
  insufficient: 'Insufficient data to assess progress',
});

/** One step of the method, for the "How we compute this" page. */
export interface MethodStep {
  /** Short heading. */
  readonly title: string;
  /** What is computed, in plain words, with the formula. */
  readonly text: string;
  /** Whose method it is: a published source, or "Frontrunner's own rule". */
  readonly source: string;
}

const SDSN = 'SDSN Sustainable Development Report (Lafortune et al. 2018 and later editions)';

/**
 * The scoring method in plain words, in the order the numbers are computed: the text of the
 * "How we compute this" page. Every step names whose method it is.
 */
export const SCORING_METHOD: readonly MethodStep[] = Object.freeze([
  {
    title: 'Indicator scores',
    text: 'Each value is placed on a 0–100 scale: 100 × (value − lower bound) / (optimum − lower bound), kept between 0 and 100. The optimum scores 100; the lower bound (usually the 2.5th percentile of observed values) scores 0. Lower-is-better indicators use the same formula.',
    source: SDSN,
  },
  {
    title: 'Goal scores and the index',
    text: 'A goal score is the plain average of its indicator scores; the index is the plain average of the goal scores, each goal weighing the same. Nothing is imputed: a unit missing more than 20% of the indicators gets no index, though it still gets its dashboards.',
    source: SDSN,
  },
  {
    title: 'Dashboard colours',
    text: 'Each indicator score is placed on a 0–4 scale through the red threshold (1), halfway between red and green (2), the green threshold (3) and the optimum (4): below 1 red, below 2 orange, below 3 yellow, otherwise green. A goal takes the average of its two worst indicators (a lone indicator counts twice); it is red only if both are red, and green only if both are green. Without data it is grey.',
    source: SDSN,
  },
  {
    title: 'Trend arrows',
    text: 'From the first year of the trend window (2015 unless set) to the latest year, the yearly change in score is compared with the yearly change needed to reach the green threshold by 2030: on track (at least the pace needed, or already green), moderately improving (more than half of it), stagnating (no decline), decreasing. Fewer than two years of data: no arrow.',
    source: SDSN,
  },
  {
    title: 'Goal trend arrows',
    text: 'The average, over the goal’s indicators with a trend, of observed pace divided by needed pace (each counted between −1 and 1), read with the same cut-offs as an indicator.',
    source: 'Frontrunner’s own rule (SDSN does not publish one)',
  },
  {
    title: 'Progress towards a city target',
    text: 'The compound annual growth rate since 2015 is compared with the rate needed to reach the target by its year: 95% of it or more is on track, 60% or more is progress that needs to accelerate, any progress below that is limited, and a move the wrong way is deterioration. Without a target, 1.5% and 0.5% a year in the desired direction are the cut-offs. Zero or sign-changing values cannot be assessed.',
    source: 'Statistics Canada and Open SDG, after Eurostat',
  },
  {
    title: 'Distance to target',
    text: 'The latest value on a 0–100 scale where 100 is the 2030 end value (the city’s own target where set, else the optimum) and 0 the lower bound; the distance is 100 minus that score. A goal’s distance is the average over its headline indicators. Shown beside the SDSN score, not instead of it.',
    source: 'OECD, A Territorial Approach to the SDGs',
  },
  {
    title: 'Which values count',
    text: 'Only values a reviewer has approved count, and only the headline value (no breakdown by sex, age or area); drafts and values waiting for review never do. Each indicator uses the city’s latest approved year. Every stored score names the codebook version and the exact version of every value it used, so each number can be traced back to its source.',
    source: 'Frontrunner’s own rule',
  },
  {
    title: 'Peer-group lower bounds',
    text: 'The programme secretariat may set the lower bounds for a group of cities (a country, a size class or a cohort) at the 2.5th percentile of the group’s latest values, counted from the worst end, when at least five cities have a value. This makes a new version of the codebook; scores under older versions are kept. A city in several such groups takes its cohort’s bounds first, then its size class’s, then its country’s.',
    source: 'SDSN’s lower-bound rule, applied to peer groups by Frontrunner',
  },
  {
    title: 'National and ASEAN roll-ups',
    text: 'A country’s goal score is the average of its cities’ goal scores, shown with the number of cities behind it; its index is the average of its cities’ indexes. ASEAN’s scores average the countries in the same way, so every country weighs the same. Colours are not averaged: a roll-up counts its cities of each colour. National statistics are not mixed in, because they measure other quantities.',
    source: 'Frontrunner’s own rule',
  },
]);
