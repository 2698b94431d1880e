import type { LinkEvidence, SeriesPair, EvidenceSeries } from '../api/interlinkages-types.ts';
import { scatterOption, timeOption } from './evidence-option.ts';
import { areaLine, evidenceAreas, pairedValues } from './interlinkage-data.ts';

/** What the evidence panel shows of one series pair. */
export interface EvidenceView {
  readonly pair: SeriesPair;
  readonly seriesA: EvidenceSeries;
  readonly seriesB: EvidenceSeries;
  /** Areas with values (one country or city; ASEAN: several countries). */
  readonly areas: readonly string[];
  readonly area: string;
  readonly time: ReturnType<typeof timeOption>;
  readonly scatter: ReturnType<typeof scatterOption>;
}

/**
 * The charts of the series pair at `pairIndex` (0 when out of range): both series over the
 * years in one area, and their scatter over every area and year they share.
 */
export function evidenceOption(
  evidence: LinkEvidence,
  pairIndex: number,
  chosenArea: string | undefined,
): EvidenceView | undefined {
  const pair = evidence.seriesPairs[pairIndex] ?? evidence.seriesPairs[0];
  const seriesA = evidence.series.find((s) => s.code === pair?.a);
  const seriesB = evidence.series.find((s) => s.code === pair?.b);
  if (!pair || !seriesA || !seriesB) return undefined;
  const areas = evidenceAreas({ series: [seriesA, seriesB] });
  const area = chosenArea !== undefined && areas.includes(chosenArea) ? chosenArea : areas[0];
  if (area === undefined) return undefined;
  return {
    pair,
    seriesA,
    seriesB,
    areas,
    area,
    time: timeOption(
      { name: seriesA.name, line: areaLine(seriesA, area) },
      { name: seriesB.name, line: areaLine(seriesB, area) },
    ),
    scatter: scatterOption(pairedValues(seriesA, seriesB), { x: seriesA.code, y: seriesB.code }),
  };
}
