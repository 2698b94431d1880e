/** An undirected edge between nodes `a` and `b` (indices) with a positive weight. */
export interface WeightedEdge {
  readonly a: number;
  readonly b: number;
  readonly weight: number;
}

/** Power iteration stops when no entry moves more than this between two steps. */
const TOLERANCE = 1e-12;
/** Enough for target networks (tens to a few hundred nodes); a bound, not a setting. */
const MAX_ITERATIONS = 10_000;
/** Components whose leading eigenvalues differ by less than this (relative) are tied. */
const TIE = 1e-9;

/**
 * Eigenvector centrality of an undirected weighted graph: the leading eigenvector of the
 * adjacency matrix A, scaled so its largest entry is 1.
 *
 * Computed by power iteration on A + I (same eigenvectors; the shift keeps bipartite graphs such
 * as a star from oscillating), one connected component at a time from a uniform start. On a
 * disconnected graph the leading eigenvector lives on the component(s) with the largest leading
 * eigenvalue λ; every other node gets 0 — the standard definition, as in igraph and NetworkX.
 * When several components tie on λ each is scaled to a maximum of 1 on its own, rather than by
 * how the start vector happened to project onto them. Isolated nodes get 0, and a graph with no
 * edges is 0 everywhere.
 *
 * @param nodes number of nodes; edges refer to 0 … nodes − 1.
 * @example eigenvectorCentrality(3, [{ a: 0, b: 1, weight: 1 }, { a: 0, b: 2, weight: 1 }])
 *   // Float64Array [1, 0.7071…, 0.7071…]
 */
export function eigenvectorCentrality(nodes: number, edges: readonly WeightedEdge[]): Float64Array {
  const graph = toAdjacency(nodes, edges);
  const centrality = new Float64Array(nodes);
  const leading: { members: number[]; lambda: number; vector: Float64Array }[] = [];
  for (const members of components(graph)) {
    leading.push({ members, ...perron(graph, members) });
  }
  const top = Math.max(0, ...leading.map((component) => component.lambda));
  for (const { members, lambda, vector } of leading) {
    if (lambda < top * (1 - TIE)) continue;
    for (const node of members) centrality[node] = vector[node] as number;
  }
  return centrality;
}

interface Adjacency {
  /** Neighbours of node v are `to[offsets[v] … offsets[v + 1])`. */
  readonly offsets: Int32Array;
  readonly to: Int32Array;
  readonly weight: Float64Array;
}

function toAdjacency(nodes: number, edges: readonly WeightedEdge[]): Adjacency {
  const offsets = new Int32Array(nodes + 1);
  for (const { a, b } of edges) {
    offsets[a + 1] = (offsets[a + 1] as number) + 1;
    offsets[b + 1] = (offsets[b + 1] as number) + 1;
  }
  for (let v = 0; v < nodes; v += 1) {
    offsets[v + 1] = (offsets[v + 1] as number) + (offsets[v] as number);
  }
  const next = offsets.slice(0, nodes);
  const to = new Int32Array(2 * edges.length);
  const weight = new Float64Array(2 * edges.length);
  for (const edge of edges) {
    for (const [from, other] of [
      [edge.a, edge.b],
      [edge.b, edge.a],
    ] as const) {
      const at = next[from] as number;
      to[at] = other;
      weight[at] = edge.weight;
      next[from] = at + 1;
    }
  }
  return { offsets, to, weight };
}

/** Connected components that have at least one edge, each as its node list. */
function components({ offsets, to }: Adjacency): number[][] {
  const nodes = offsets.length - 1;
  const seen = new Uint8Array(nodes);
  const found: number[][] = [];
  for (let start = 0; start < nodes; start += 1) {
    if (seen[start] === 1 || offsets[start] === offsets[start + 1]) continue;
    seen[start] = 1;
    const members = [start];
    for (let k = 0; k < members.length; k += 1) {
      const v = members[k] as number;
      for (let e = offsets[v] as number; e < (offsets[v + 1] as number); e += 1) {
        const u = to[e] as number;
        if (seen[u] === 0) {
          seen[u] = 1;
          members.push(u);
        }
      }
    }
    found.push(members);
  }
  return found;
}

/** A·x restricted to `members`, written into `out`. */
function multiply(
  graph: Adjacency,
  members: readonly number[],
  x: Float64Array,
  out: Float64Array,
) {
  const { offsets, to, weight } = graph;
  for (const v of members) {
    let sum = 0;
    for (let e = offsets[v] as number; e < (offsets[v + 1] as number); e += 1) {
      sum += (weight[e] as number) * (x[to[e] as number] as number);
    }
    out[v] = sum;
  }
}

/** Leading eigenvalue and eigenvector (max entry 1) of one connected component. */
function perron(
  graph: Adjacency,
  members: readonly number[],
): { lambda: number; vector: Float64Array } {
  const nodes = graph.offsets.length - 1;
  let x = new Float64Array(nodes);
  let next = new Float64Array(nodes);
  for (const v of members) x[v] = 1;
  for (let iteration = 0; iteration < MAX_ITERATIONS; iteration += 1) {
    multiply(graph, members, x, next);
    let max = 0;
    for (const v of members) {
      next[v] = (next[v] as number) + (x[v] as number);
      max = Math.max(max, next[v] as number);
    }
    let change = 0;
    for (const v of members) {
      next[v] = (next[v] as number) / max;
      change = Math.max(change, Math.abs((next[v] as number) - (x[v] as number)));
    }
    [x, next] = [next, x];
    if (change < TOLERANCE) break;
  }
  // Rayleigh quotient xᵀAx / xᵀx
  multiply(graph, members, x, next);
  let numerator = 0;
  let denominator = 0;
  for (const v of members) {
    numerator += (x[v] as number) * (next[v] as number);
    denominator += (x[v] as number) * (x[v] as number);
  }
  return { lambda: numerator / denominator, vector: x };
}
