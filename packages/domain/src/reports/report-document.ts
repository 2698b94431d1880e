/**
 * A report document: the narratives written in the platform, the consultation log, and the data
 * generated from the platform at one moment. A published version stores the whole document, so
 * it does not change when the data does.
 */
import type { DashboardColour, SdsnTrendArrow } from '../scoring/types';
import type { Citation } from './citation';
import type { ReportSectionKey } from './outline';

/** What a report covers: one city, one country's cities, or all of ASEAN. */
export type ReportScope =
  | {
      readonly kind: 'city';
      readonly slug: string;
      readonly name: string;
      readonly country: string;
      readonly countryName: string;
    }
  | { readonly kind: 'country'; readonly iso3: string; readonly name: string }
  | { readonly kind: 'asean'; readonly name: string };

/** A generated block, or the honest reason it is missing. */
export type ReportBlock<T> =
  | { readonly available: true; readonly value: T }
  | { readonly available: false; readonly reason: string };

/** One goal on the dashboard. */
export interface ReportGoal {
  readonly goal: number;
  readonly title: string;
  /** Official goal colour, hex. */
  readonly colour: string;
  /** 0–100, or null without a scored indicator. */
  readonly score: number | null;
  readonly dashboard: DashboardColour;
  readonly dashboardLabel: string;
  readonly trend: SdsnTrendArrow;
  readonly trendLabel: string;
}

/** The dashboard: an index and goal scores. */
export interface ReportDashboard {
  /** 0–100, or null when too many indicators are missing. */
  readonly index: number | null;
  readonly goals: readonly ReportGoal[];
  /** The codebook version and rule the scores were computed under, in words. */
  readonly method: string;
}

/** One value of a series, with its citation. */
export interface ReportPoint {
  readonly year: number;
  readonly value: number;
  readonly citation: Citation;
}

/** One indicator table and chart: a series' values over time, its target and score. */
export interface ReportIndicator {
  readonly series: string;
  readonly name: string;
  readonly unit: string;
  readonly decimals: number;
  /** Goals the series counts for (from its indicator), ascending. */
  readonly goals: readonly number[];
  /** UN indicator number, if global. */
  readonly indicator: string | null;
  /** Values of the totals (no disaggregation), oldest first. */
  readonly points: readonly ReportPoint[];
  /** The city's own target, if set. */
  readonly target: { readonly value: number; readonly year: number } | null;
  /** 0–100 from the stored scores, or null. */
  readonly score: number | null;
  readonly dashboard: DashboardColour | null;
}

/** A project and its benefit profile. */
export interface ReportProject {
  readonly id: string;
  readonly title: string;
  readonly city: string;
  readonly status: string;
  readonly goals: readonly number[];
  readonly environment: number;
  readonly society: number;
  readonly economy: number;
  readonly multiDimensional: boolean;
}

/** Capacity results: stage, awareness and competencies. */
export interface ReportCapacity {
  readonly stage: string;
  readonly awareness: readonly {
    readonly title: string;
    /** 0–1. */
    readonly share: number;
    readonly n: number;
  }[];
  readonly competencies: readonly {
    readonly competency: string;
    /** Mean level 1–5, or null. */
    readonly before: number | null;
    readonly after: number | null;
  }[];
}

/** A member of a synthesis: a city of a country, or a country of ASEAN. */
export interface ReportMember {
  readonly key: string;
  readonly name: string;
  /** 0–100 or null. */
  readonly index: number | null;
}

/** Everything generated from the platform's data for a report. */
export interface ReportData {
  readonly scope: ReportScope;
  /** ISO 8601 UTC when the data was read. */
  readonly generatedAt: string;
  readonly lang: string;
  /** The 17 goals with their titles in the report's language and official colours. */
  readonly goals: readonly {
    readonly goal: number;
    readonly title: string;
    readonly colour: string;
  }[];
  readonly dashboard: ReportBlock<ReportDashboard>;
  readonly members: ReportBlock<readonly ReportMember[]>;
  readonly indicators: ReportBlock<readonly ReportIndicator[]>;
  readonly projects: ReportBlock<readonly ReportProject[]>;
  readonly capacity: ReportBlock<ReportCapacity>;
}

/** One entry of the stakeholder-consultation log. */
export interface ConsultationEntry {
  /** ISO date, YYYY-MM-DD. */
  readonly date: string;
  /** Who took part, e.g. "Youth council; market vendors' association". */
  readonly stakeholders: string;
  readonly summary: string;
}

/** A whole report, ready to render. */
export interface ReportDocument {
  readonly title: string;
  readonly lang: string;
  readonly status: string;
  /** Version number of the report (1 for a data-only print). */
  readonly version: number;
  readonly narratives: Partial<Record<ReportSectionKey, string>>;
  readonly consultations: readonly ConsultationEntry[];
  readonly data: ReportData;
}

/** A missing block with its reason. */
export const unavailable = (reason: string): ReportBlock<never> => ({ available: false, reason });

/** An available block. */
export const available = <T>(value: T): ReportBlock<T> => ({ available: true, value });
