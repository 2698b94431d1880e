import { useMemo, useState } from 'react';
import type { NetworkPlace } from '../api/interlinkages.api.ts';
import { evidenceOption } from '../lib/evidence-view.ts';
import type { LinkEnds } from '../lib/interlinkage-data.ts';
import { useLinkEvidence } from './use-interlinkages.ts';

/** One link's evidence: its series pairs, the chosen pair and area, and their two charts. */
export function useLinkEvidenceView(place: NetworkPlace, link: LinkEnds) {
  const evidence = useLinkEvidence(place, link);
  const [pairIndex, setPairIndex] = useState(0);
  const [area, setArea] = useState<string>();
  const view = useMemo(
    () => (evidence.data ? evidenceOption(evidence.data, pairIndex, area) : undefined),
    [evidence.data, pairIndex, area],
  );
  return { evidence, pairIndex, setPairIndex, setArea, view };
}
