import {
  interlinkageCatalogueRepository as catalogue,
  observationsRepository,
  type Executor,
} from '@frontrunner/db';
import type { InterlinkageObservation, InterlinkageSeries } from '@frontrunner/domain';
import { createHash } from 'node:crypto';
import { scopeAreaKeys, unitOfArea, type InterlinkageScope } from './scope';

/**
 * Bump when the way a run is computed from the same inputs changes, so every stored run is
 * recomputed on its next read.
 */
export const INTERLINKAGE_METHOD_VERSION = 1;

/** The parameters of an analysis (METHODS §5). */
export interface AnalysisParameters {
  /** Fewest overlapping years of a correlated pair. */
  readonly minYears: number;
  /** |ρ| at or above which a pair is a link. */
  readonly threshold: number;
}

/** A catalogue series with what the analysis needs of it. */
export interface CatalogueSeries extends InterlinkageSeries {
  /** Database id. */
  readonly id: string;
  /** The disaggregation read: '' for the headline. */
  readonly disaggregationKey: string;
}

/** The analysable series, in code order. */
export async function loadCatalogue(db: Executor): Promise<CatalogueSeries[]> {
  const rows = await catalogue.listAnalysisSeries(db);
  return rows.map((r) => ({
    id: r.id,
    series: r.code,
    target: r.target_code,
    direction: r.direction,
    disaggregationKey: r.disaggregation_key,
  }));
}

/**
 * The fingerprint of a run's inputs: SHA-256 over the method version, the parameters, the
 * catalogue (series, target, direction, disaggregation read) and the approval tally of every
 * area of the scope. Any approval of a catalogue series' value in the scope, any change of the
 * catalogue or of a series' target changes it; edits that are not approved yet do not.
 */
export async function fingerprintInputs(
  db: Executor,
  scope: InterlinkageScope,
  series: readonly CatalogueSeries[],
  parameters: AnalysisParameters,
): Promise<string> {
  const tallies = await catalogue.tallyApprovals(
    db,
    scopeAreaKeys(scope),
    series.map((s) => s.id),
  );
  const document = {
    method: INTERLINKAGE_METHOD_VERSION,
    minYears: parameters.minYears,
    threshold: parameters.threshold,
    series: series.map((s) => [s.series, s.target, s.direction, s.disaggregationKey]),
    approvals: tallies.map((t) => [t.area_key, t.slots, t.versions]),
  };
  return createHash('sha256').update(JSON.stringify(document)).digest('hex');
}

/** One approved value as the charts show it: raw, in the series' unit. */
export interface AnalysisValue extends InterlinkageObservation {
  /** Database id of the observation (its provenance). */
  readonly observationId: string;
}

/**
 * The approved (public) values the analysis of a scope reads: for each catalogue series, the
 * values of its chosen disaggregation, labelled with the unit (ISO3 or city slug).
 */
export async function loadAnalysisValues(
  db: Executor,
  scope: InterlinkageScope,
  series: readonly CatalogueSeries[],
): Promise<AnalysisValue[]> {
  const byId = new Map(series.map((s) => [s.id, s]));
  const rows = await observationsRepository.listObservationValues(db, {
    view: 'public',
    areaKeys: scopeAreaKeys(scope),
    seriesIds: series.map((s) => s.id),
  });
  const values: AnalysisValue[] = [];
  for (const row of rows) {
    const entry = byId.get(row.series_id);
    if (!entry || row.disaggregation_key !== entry.disaggregationKey) continue;
    values.push({
      observationId: row.id,
      unit: unitOfArea(scope, row.area_key),
      series: entry.series,
      year: Number(row.year),
      value: Number(row.value),
    });
  }
  return values;
}
