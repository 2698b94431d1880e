import { interlinkageRunsRepository as runs, type Executor } from '@frontrunner/db';
import { goalMatrix, type GoalMatrixCell, type InterlinkagesReport } from '@frontrunner/domain';
import { listCuratedLinks, type CuratedLinkView } from './curated-links.service';
import { ensureRun, type RunOptions } from './run.service';
import {
  byCode,
  evidenceByTargetPair,
  reportOfRun,
  runView,
  targetPairKey,
  type RunView,
  type SeriesPairView,
} from './run-view';
import { ASEAN_GROUP, presentScope, type InterlinkageScope, type ScopeView } from './scope';

/** A target in the network, with its goal and network measures. */
export interface NetworkNode {
  target: string;
  /** The goal of the target, 1–17. */
  goal: number;
  /** Series of this target that were correlated with a series of another target. */
  series: number;
  /** Synergies and trade-offs of the target. */
  degree: number;
  /** Sum of |ρ| over those links. */
  strength: number;
  /** Eigenvector centrality on the synergy network, the most central target 1. */
  eigenvector: number;
}

/** A synergy or trade-off between two targets, with every series pair behind it. */
export interface NetworkEdge {
  /** Target codes, `a` sorting first. */
  a: string;
  b: string;
  kind: 'synergy' | 'trade-off';
  /** Mean ρ over the series pairs. */
  rho: number;
  /** Number of series pairs averaged. */
  pairs: number;
  seriesPairs: SeriesPairView[];
}

/** The data-derived target network of a scope, and the curated links shown apart. */
export interface NetworkView {
  scope: ScopeView;
  /** The run shown; null when a city has not enough data (see `reason`). */
  run: RunView | null;
  reason: string | null;
  nodes: NetworkNode[];
  /** Target links with |ρ| ≥ threshold; weaker target pairs are counted in the run only. */
  edges: NetworkEdge[];
  /** Synergies and trade-offs between the targets of every two goals (a ≤ b). */
  goalMatrix: GoalMatrixCell[];
  /** Links from the literature, never part of the statistics above. */
  curated: CuratedLinkView[];
}

const goalOf = (target: string) => Number(target.split('.')[0]);

/** The network of a scope, computed and stored first when its approved data changed. */
export async function getNetwork(
  db: Executor,
  scope: InterlinkageScope,
  options: RunOptions,
): Promise<NetworkView> {
  const outcome = await ensureRun(db, scope, options);
  const curated = await listCuratedLinks(db);
  if (!outcome.run) {
    return {
      scope: presentScope(scope),
      run: null,
      reason: outcome.reason,
      nodes: [],
      edges: [],
      goalMatrix: [],
      curated,
    };
  }
  const run = outcome.run;
  const [seriesLinks, targetLinks, centrality] = await Promise.all([
    runs.listSeriesLinks(db, run.id),
    runs.listTargetLinks(db, run.id),
    runs.listCentrality(db, run.id),
  ]);
  const evidence = evidenceByTargetPair(seriesLinks);
  const seriesOfTarget = new Map<string, Set<string>>();
  for (const pairs of evidence.values())
    for (const p of pairs)
      for (const [target, series] of [
        [p.targetA, p.a],
        [p.targetB, p.b],
      ] as const)
        seriesOfTarget.set(target, (seriesOfTarget.get(target) ?? new Set()).add(series));
  const strong = targetLinks.filter((t) => t.kind !== 'none');
  return {
    scope: presentScope(scope),
    run: runView(run),
    reason: null,
    nodes: centrality
      .map((c) => ({
        target: c.target_code,
        goal: goalOf(c.target_code),
        series: seriesOfTarget.get(c.target_code)?.size ?? 0,
        degree: Number(c.degree),
        strength: Number(c.strength),
        eigenvector: Number(c.eigenvector),
      }))
      .sort((x, y) => byCode(x.target, y.target)),
    edges: strong
      .map((t) => ({
        a: t.target_a,
        b: t.target_b,
        kind: t.kind as 'synergy' | 'trade-off',
        rho: Number(t.rho),
        pairs: Number(t.pairs),
        seriesPairs: evidence.get(targetPairKey(t.target_a, t.target_b)) ?? [],
      }))
      .sort((x, y) => byCode(x.a, y.a) || byCode(x.b, y.b)),
    goalMatrix: goalMatrix(
      strong.map((t) => ({ a: t.target_a, b: t.target_b, rho: Number(t.rho) })),
      Number(run.threshold),
    ),
    curated,
  };
}

/**
 * The analysis of a scope in the file mode's shape (links, targets, centrality), from the
 * stored run; empty lists for a city without enough data.
 */
export async function getReport(
  db: Executor,
  scope: InterlinkageScope,
  options: RunOptions,
): Promise<{ report: InterlinkagesReport; run: RunView | null; reason: string | null }> {
  const outcome = await ensureRun(db, scope, options);
  if (!outcome.run)
    return {
      report: { links: [], targets: [], centrality: [] },
      run: null,
      reason: outcome.reason,
    };
  const run = outcome.run;
  const unit =
    scope.kind === 'country' ? scope.iso3 : scope.kind === 'city' ? scope.slug : ASEAN_GROUP;
  const [seriesLinks, targetLinks, centrality] = await Promise.all([
    runs.listSeriesLinks(db, run.id),
    runs.listTargetLinks(db, run.id),
    runs.listCentrality(db, run.id),
  ]);
  return {
    report: reportOfRun(unit, seriesLinks, targetLinks, centrality),
    run: runView(run),
    reason: null,
  };
}
