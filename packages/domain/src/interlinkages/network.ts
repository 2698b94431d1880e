import { DEFAULT_LINK_THRESHOLD } from './options';
import { classifyLink, isStrongLink } from './kind';
import { compareCodes } from './order';
import { eigenvectorCentrality, type WeightedEdge } from './eigenvector';
import type { TargetCentrality, TargetLink } from './types';

/**
 * Network measures of the target-to-target network (METHODS §5). Nodes are the targets named
 * by `targetLinks`; a link with |ρ| ≥ threshold is an edge weighted by |ρ|.
 *
 * - degree: number of such edges (synergies and trade-offs);
 * - strength: the sum of their |ρ|;
 * - eigenvector: eigenvector centrality on the synergy sub-network (edges with ρ ≥ threshold,
 *   weight ρ), scaled so the most central target is 1 — see `eigenvectorCentrality` for
 *   disconnected networks; 0 everywhere when there is no synergy.
 *
 * @param targetLinks links between different targets, as `aggregateTargets` returns them.
 * @returns one entry per target, in code-unit order of the target.
 */
export function networkMeasures(
  targetLinks: readonly TargetLink[],
  threshold: number = DEFAULT_LINK_THRESHOLD,
): TargetCentrality[] {
  const targets = [...new Set(targetLinks.flatMap((link) => [link.a, link.b]))].sort(compareCodes);
  const index = new Map(targets.map((target, i) => [target, i]));
  const degree = new Array<number>(targets.length).fill(0);
  const strength = new Array<number>(targets.length).fill(0);
  const synergies: WeightedEdge[] = [];
  for (const link of targetLinks) {
    // a target is not its own neighbour
    if (link.a === link.b || !isStrongLink(link.rho, threshold)) continue;
    const a = index.get(link.a) as number;
    const b = index.get(link.b) as number;
    const weight = Math.abs(link.rho);
    for (const node of [a, b]) {
      degree[node] = (degree[node] as number) + 1;
      strength[node] = (strength[node] as number) + weight;
    }
    if (classifyLink(link.rho, threshold) === 'synergy') synergies.push({ a, b, weight });
  }
  const eigenvector = eigenvectorCentrality(targets.length, synergies);
  return targets.map((target, i) => ({
    target,
    degree: degree[i] as number,
    strength: strength[i] as number,
    eigenvector: eigenvector[i] as number,
  }));
}
