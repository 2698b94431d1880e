import type { interlinkageRunsRepository as runs } from '@frontrunner/db';
import type { InterlinkagesReport, LinkKind } from '@frontrunner/domain';

/** Orders codes by UTF-16 code units, as the domain and the file mode do (not by collation). */
export const byCode = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** A stored run as readers see it: when, how and what it found. */
export interface RunView {
  id: string;
  /** ISO 8601 UTC. */
  computedAt: string;
  /** SHA-256 of the inputs; it changes when approved data in the scope changes. */
  fingerprint: string;
  method: 'spearman' | 'pooled-spearman';
  minYears: number;
  threshold: number;
  counts: {
    /** Catalogue series with values in the scope. */
    series: number;
    /** Approved values read. */
    observations: number;
    /** Series pairs correlated, and how many are synergies and trade-offs. */
    seriesPairs: number;
    seriesSynergies: number;
    seriesTradeOffs: number;
    /** Target pairs with at least one correlated series pair, and their kinds. */
    targetPairs: number;
    targetSynergies: number;
    targetTradeOffs: number;
  };
}

/** The reader's view of a run row. */
export function runView(row: runs.InterlinkageRunRow): RunView {
  return {
    id: row.id,
    computedAt: row.computed_at,
    fingerprint: row.fingerprint,
    method: row.method,
    minYears: Number(row.min_years),
    threshold: Number(row.threshold),
    counts: {
      series: Number(row.series_count),
      observations: Number(row.observation_count),
      seriesPairs: Number(row.series_pairs),
      seriesSynergies: Number(row.series_synergies),
      seriesTradeOffs: Number(row.series_trade_offs),
      targetPairs: Number(row.target_pairs),
      targetSynergies: Number(row.target_synergies),
      targetTradeOffs: Number(row.target_trade_offs),
    },
  };
}

/** A correlated pair of series: the evidence behind a link. */
export interface SeriesPairView {
  /** Series codes, `a` sorting first. */
  a: string;
  b: string;
  /** The targets the two series are mapped to. */
  targetA: string;
  targetB: string;
  /** Spearman's ρ of the aligned values; null when a series is constant over the overlap. */
  rho: number | null;
  /** Overlapping years (ASEAN: country-years). */
  n: number;
  /** Countries pooled (ASEAN only); null otherwise. */
  units: number | null;
  kind: LinkKind;
}

/** The reader's view of a series link row. */
export function seriesPairView(row: runs.SeriesLinkRow): SeriesPairView {
  return {
    a: row.series_a,
    b: row.series_b,
    targetA: row.target_a,
    targetB: row.target_b,
    rho: row.rho === null ? null : Number(row.rho),
    n: Number(row.n),
    units: row.units === null ? null : Number(row.units),
    kind: row.kind,
  };
}

/**
 * A stored run in exactly the shape of the file mode (`interlinkagesReport`): links by unit,
 * a, b; targets by a, b; centrality by target; code-unit order throughout.
 */
export function reportOfRun(
  unit: string,
  seriesLinks: readonly runs.SeriesLinkRow[],
  targetLinks: readonly runs.TargetLinkRow[],
  centrality: readonly runs.CentralityRow[],
): InterlinkagesReport {
  return {
    links: [...seriesLinks]
      .sort((x, y) => byCode(x.series_a, y.series_a) || byCode(x.series_b, y.series_b))
      .map((l) => ({
        unit,
        a: l.series_a,
        b: l.series_b,
        rho: l.rho === null ? null : Number(l.rho),
        n: Number(l.n),
        kind: l.kind,
      })),
    targets: [...targetLinks]
      .sort((x, y) => byCode(x.target_a, y.target_a) || byCode(x.target_b, y.target_b))
      .map((t) => ({ a: t.target_a, b: t.target_b, rho: Number(t.rho), pairs: Number(t.pairs) })),
    centrality: [...centrality]
      .sort((x, y) => byCode(x.target_code, y.target_code))
      .map((c) => ({
        target: c.target_code,
        degree: Number(c.degree),
        strength: Number(c.strength),
        eigenvector: Number(c.eigenvector),
      })),
  };
}

/** The key of a pair of targets, in code order: `a\u0000b`. */
export function targetPairKey(x: string, y: string): string {
  const [a, b] = [x, y].sort(byCode) as [string, string];
  return `${a}\u0000${b}`;
}

/**
 * The series pairs behind each target pair of a run (by {@link targetPairKey}): pairs between
 * two different targets whose ρ is defined, the ones a target link averages.
 */
export function evidenceByTargetPair(
  rows: readonly runs.SeriesLinkRow[],
): Map<string, SeriesPairView[]> {
  const evidence = new Map<string, SeriesPairView[]>();
  for (const row of rows) {
    if (row.target_a === row.target_b || row.rho === null) continue;
    const key = targetPairKey(row.target_a, row.target_b);
    evidence.set(key, [...(evidence.get(key) ?? []), seriesPairView(row)]);
  }
  return evidence;
}
