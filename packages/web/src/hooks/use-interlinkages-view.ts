import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NetworkPlace } from '../api/interlinkages.api.ts';
import type { NetworkEdge, NetworkNode } from '../api/interlinkages-types.ts';
import {
  centralTargets,
  edgesBetweenGoals,
  goalMatrixLookup,
  matrixGoals,
  type LinkEnds,
} from '../lib/interlinkage-data.ts';
import type { NetworkText } from '../lib/network-option.ts';
import { useNetwork } from './use-interlinkages.ts';

/** A network page's state: the network, the chosen goal pair and link, and the chart words. */
export function useInterlinkagesView(place: NetworkPlace) {
  const { t, i18n } = useTranslation();
  const network = useNetwork(place);
  const [goalPair, setGoalPair] = useState<readonly [number, number]>();
  const [link, setLink] = useState<LinkEnds>();
  const data = network.data;
  const derived = useMemo(
    () =>
      data && {
        cell: goalMatrixLookup(data.goalMatrix),
        goals: matrixGoals(data.goalMatrix),
        central: centralTargets(data.nodes, 10),
        synergies: data.edges.filter((e) => e.kind === 'synergy').length,
        tradeOffs: data.edges.filter((e) => e.kind === 'trade-off').length,
      },
    [data],
  );
  const pairEdges = useMemo(
    () => (data && goalPair ? edgesBetweenGoals(data.edges, goalPair[0], goalPair[1]) : []),
    [data, goalPair],
  );
  const fmt = useMemo(
    () => new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 }),
    [i18n.language],
  );
  const text = useMemo<NetworkText>(
    () => ({
      node: (n: NetworkNode) =>
        t('interlinkages.nodeTooltip', {
          target: n.target,
          goal: n.goal,
          degree: n.degree,
          centrality: fmt.format(n.eigenvector),
        }),
      edge: (e: NetworkEdge) =>
        t('interlinkages.edgeTooltip', {
          a: e.a,
          b: e.b,
          kind: e.kind === 'synergy' ? t('interlinkages.synergy') : t('interlinkages.tradeOff'),
          rho: fmt.format(e.rho),
        }),
    }),
    [t, fmt],
  );
  return {
    network,
    derived,
    goalPair,
    selectGoalPair: (a: number, b: number) => setGoalPair([a, b]),
    pairEdges,
    link,
    selectLink: setLink,
    text,
    format: (n: number) => fmt.format(n),
  };
}
