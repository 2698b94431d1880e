import type {
  EvidenceSeries,
  GoalMatrixCell,
  LinkEvidence,
  NetworkEdge,
  NetworkNode,
} from '../api/interlinkages-types.ts';
import type { YearValue } from './series-data.ts';

/** Two targets (or two goals) of a link, in either order. */
export interface LinkEnds {
  readonly a: string;
  readonly b: string;
}

/**
 * The goal matrix as a lookup: `cell(a, b)` in either order, undefined for no link.
 *
 * @example
 * goalMatrixLookup([{ a: 1, b: 3, synergies: 16, tradeOffs: 3 }])(3, 1) // { …, synergies: 16 }
 */
export function goalMatrixLookup(
  cells: readonly GoalMatrixCell[],
): (a: number, b: number) => GoalMatrixCell | undefined {
  const byKey = new Map(cells.map((c) => [`${c.a}-${c.b}`, c]));
  return (a, b) => byKey.get(`${Math.min(a, b)}-${Math.max(a, b)}`);
}

/** The goals that appear in the matrix, ascending. */
export function matrixGoals(cells: readonly GoalMatrixCell[]): number[] {
  return [...new Set(cells.flatMap((c) => [c.a, c.b]))].sort((x, y) => x - y);
}

/** The most central targets: eigenvector centrality, then links, then code. */
export function centralTargets(nodes: readonly NetworkNode[], limit: number): NetworkNode[] {
  return [...nodes]
    .sort(
      (x, y) =>
        y.eigenvector - x.eigenvector ||
        y.degree - x.degree ||
        x.target.localeCompare(y.target, 'en', { numeric: true }),
    )
    .slice(0, limit);
}

/** The goal of a target code (`11.6` → 11). */
export function goalOfTarget(target: string): number {
  return Number.parseInt(target, 10);
}

/** The target links between two goals (either way round), strongest |ρ| first. */
export function edgesBetweenGoals(
  edges: readonly NetworkEdge[],
  goalA: number,
  goalB: number,
): NetworkEdge[] {
  const [lo, hi] = goalA <= goalB ? [goalA, goalB] : [goalB, goalA];
  return edges
    .filter((e) => {
      const [x, y] = [goalOfTarget(e.a), goalOfTarget(e.b)].sort((p, q) => p - q);
      return x === lo && y === hi;
    })
    .sort((x, y) => Math.abs(y.rho) - Math.abs(x.rho));
}

/** One point of a link's scatter: the two series' values in one area and year. */
export interface ScatterPoint {
  readonly area: string;
  readonly year: number;
  readonly x: number;
  readonly y: number;
}

/** The values of two series paired by area and year, for a scatter; earliest first. */
export function pairedValues(a: EvidenceSeries, b: EvidenceSeries): ScatterPoint[] {
  const ys = new Map(b.values.map((v) => [`${v.area}|${v.year}`, v.value]));
  const points: ScatterPoint[] = [];
  for (const v of a.values) {
    const y = ys.get(`${v.area}|${v.year}`);
    if (y !== undefined) points.push({ area: v.area, year: v.year, x: v.value, y });
  }
  return points.sort((p, q) => p.area.localeCompare(q.area) || p.year - q.year);
}

/** A series' values in one area as a line, earliest year first. */
export function areaLine(series: EvidenceSeries, area: string): YearValue[] {
  return series.values
    .filter((v) => v.area === area)
    .map((v) => ({ year: v.year, value: v.value }))
    .sort((p, q) => p.year - q.year);
}

/** The areas (countries or a city) with values in the evidence, ascending. */
export function evidenceAreas(evidence: Pick<LinkEvidence, 'series'>): string[] {
  return [...new Set(evidence.series.flatMap((s) => s.values.map((v) => v.area)))].sort();
}
