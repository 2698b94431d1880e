import type { observationsRepository, seriesRepository } from '@frontrunner/db';
import {
  parseDisaggregationKey,
  type Disaggregation,
  type ObservationStatus,
} from '@frontrunner/domain';

/** One value as shown to readers, with its provenance. */
export interface ObservationView {
  id: string;
  series: string;
  year: number;
  disaggregation: Disaggregation;
  value: number;
  flags: { estimated: boolean; provisional: boolean; breakInSeries: boolean };
  footnote: string | null;
  source: string | null;
  nature: string | null;
  status: ObservationStatus;
  /** The version shown. */
  version: number;
  /** The last approved version, or null. */
  approvedVersion: number | null;
  /** ISO 8601 UTC of the version shown. */
  updatedAt: string;
}

/** Maps a value row to its view. */
export function toObservationView(
  row: observationsRepository.ObservationValueRow,
  seriesCode: string,
): ObservationView {
  return {
    id: row.id,
    series: seriesCode,
    year: Number(row.year),
    disaggregation: parseDisaggregationKey(row.disaggregation_key),
    value: Number(row.value),
    flags: {
      estimated: Boolean(row.estimated),
      provisional: Boolean(row.provisional),
      breakInSeries: Boolean(row.break_in_series),
    },
    footnote: row.footnote,
    source: row.source,
    nature: row.nature,
    status: row.status,
    version: Number(row.version),
    approvedVersion: row.approved_version === null ? null : Number(row.approved_version),
    updatedAt: row.updated_at,
  };
}

/** A series as readers see it. */
export interface SeriesView {
  code: string;
  name: string;
  unit: string;
  direction: 'higher' | 'lower' | null;
  decimals: number;
  source: string | null;
  /** First listed number of the indicator it measures, if global. */
  indicatorId: string | null;
}

/** Maps a series row to its view. */
export function toSeriesView(row: seriesRepository.SeriesRow): SeriesView {
  return {
    code: row.code,
    name: row.name,
    unit: row.unit,
    direction: row.direction,
    decimals: Number(row.decimals),
    source: row.source,
    indicatorId: row.indicator_id,
  };
}
