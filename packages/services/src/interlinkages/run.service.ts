import {
  interlinkageRunsRepository as runs,
  withTransaction,
  type Executor,
} from '@frontrunner/db';
import {
  aggregateTargets,
  classifyLink,
  computeLinks,
  computePooledLinks,
  DEFAULT_LINK_THRESHOLD,
  DEFAULT_MIN_YEARS,
  networkMeasures,
  type PooledSeriesLink,
  type SeriesLink,
} from '@frontrunner/domain';
import { randomUUID } from 'node:crypto';
import type { Clock } from '../clock';
import {
  fingerprintInputs,
  loadAnalysisValues,
  loadCatalogue,
  type AnalysisParameters,
  type AnalysisValue,
  type CatalogueSeries,
} from './analysis-inputs';
import { ASEAN_GROUP, scopeKey, type InterlinkageScope } from './scope';

/** Options of {@link ensureRun}: the parameters (METHODS §5 defaults) and the clock. */
export interface RunOptions extends Partial<AnalysisParameters> {
  readonly clock: Clock;
}

/** A stored run, or why there is none. */
export type RunOutcome =
  | {
      readonly run: runs.InterlinkageRunRow;
      /** The analysis catalogue the run was computed with. */
      readonly catalogue: readonly CatalogueSeries[];
      /** True when this call computed and stored it; false when it was there. */
      readonly computed: boolean;
    }
  | { readonly run: null; readonly catalogue: readonly CatalogueSeries[]; readonly reason: string };

/** Why a city has no network: what the issue asks for before one is computed. */
export const NOT_ENOUGH_DATA =
  'Not enough data: no two series of this city with a known direction share at least the minimum number of approved years';

/**
 * The run of a scope for its current approved data, computed and stored when there is none
 * for the current inputs (first read, or approved data changed since). Nothing is kept in
 * memory: the fingerprint of the inputs decides, so several servers agree. A city with no
 * correlated pair gets no stored run (`run: null` and the reason).
 */
export async function ensureRun(
  db: Executor,
  scope: InterlinkageScope,
  { clock, minYears = DEFAULT_MIN_YEARS, threshold = DEFAULT_LINK_THRESHOLD }: RunOptions,
): Promise<RunOutcome> {
  const parameters = { minYears, threshold };
  const catalogue = await loadCatalogue(db);
  const fingerprint = await fingerprintInputs(db, scope, catalogue, parameters);
  const key = { scope: scopeKey(scope), fingerprint, ...parameters };
  const stored = await runs.findRun(db, key);
  if (stored) return { run: stored, catalogue, computed: false };
  const values = await loadAnalysisValues(db, scope, catalogue);
  const rows = computeRunRows(scope, catalogue, values, parameters);
  if (scope.kind === 'city' && rows.seriesLinks.length === 0) {
    // A city whose data no longer supports a network keeps no stale run.
    if ((await runs.listRuns(db, key.scope)).length > 0)
      await runs.deleteOtherRuns(db, { ...key, keepId: '' });
    return { run: null, catalogue, reason: NOT_ENOUGH_DATA };
  }
  const run: runs.NewInterlinkageRun = {
    ...rows.run,
    id: randomUUID(),
    scope: key.scope,
    computed_at: clock().toISOString(),
    fingerprint,
  };
  const computed = await withTransaction(db, async (trx) => {
    const inserted = await runs.insertRun(trx, { ...rows, run });
    if (inserted) await runs.deleteOtherRuns(trx, { ...key, keepId: run.id });
    return inserted;
  });
  const saved = await runs.findRun(db, key);
  if (!saved) throw new Error(`interlinkage run of ${key.scope} vanished after it was stored`);
  return { run: saved, catalogue, computed };
}

/** What {@link computeRunRows} fills in; the caller adds id, scope, time and fingerprint. */
type ComputedRows = Omit<runs.RunRows, 'run'> & {
  run: Omit<runs.NewInterlinkageRun, 'id' | 'scope' | 'computed_at' | 'fingerprint'>;
};

/**
 * The whole analysis of a scope (METHODS §5): series links per unit (a country, a city) or
 * pooled across the ten countries, target links as mean ρ, and network measures.
 */
export function computeRunRows(
  scope: InterlinkageScope,
  catalogue: readonly CatalogueSeries[],
  values: readonly AnalysisValue[],
  { minYears, threshold }: AnalysisParameters,
): ComputedRows {
  const series = catalogue.map(({ series: code, target, direction }) => ({
    series: code,
    target,
    direction,
  }));
  const observations = values.map(({ unit, series: code, year, value }) => ({
    unit,
    series: code,
    year,
    value,
  }));
  const links: readonly (SeriesLink | PooledSeriesLink)[] =
    scope.kind === 'asean'
      ? computePooledLinks(observations, series, { group: ASEAN_GROUP, minYears, threshold })
      : computeLinks(observations, series, { minYears, threshold });
  const targets = aggregateTargets(links, series);
  const targetLinks = targets.map((t) => ({
    target_a: t.a,
    target_b: t.b,
    rho: t.rho,
    pairs: t.pairs,
    kind: classifyLink(t.rho, threshold),
  }));
  const targetOf = new Map(series.map((s) => [s.series, s.target]));
  const count = <T extends { kind: string }>(rows: readonly T[], kind: string) =>
    rows.filter((r) => r.kind === kind).length;
  return {
    run: {
      min_years: minYears,
      threshold,
      method: scope.kind === 'asean' ? 'pooled-spearman' : 'spearman',
      series_count: new Set(values.map((v) => v.series)).size,
      observation_count: values.length,
      series_pairs: links.length,
      series_synergies: count(links, 'synergy'),
      series_trade_offs: count(links, 'trade-off'),
      target_pairs: targetLinks.length,
      target_synergies: count(targetLinks, 'synergy'),
      target_trade_offs: count(targetLinks, 'trade-off'),
    },
    seriesLinks: links.map((l) => ({
      series_a: l.a,
      series_b: l.b,
      target_a: targetOf.get(l.a) as string,
      target_b: targetOf.get(l.b) as string,
      rho: l.rho,
      n: l.n,
      units: 'units' in l ? l.units : null,
      kind: l.kind,
    })),
    targetLinks,
    centrality: networkMeasures(targets, threshold).map((c) => ({
      target_code: c.target,
      degree: c.degree,
      strength: c.strength,
      eigenvector: c.eigenvector,
    })),
  };
}
