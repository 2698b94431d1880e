import type { ReportDocument } from '@frontrunner/domain';
import { zipFiles } from '../exporters/zip';

const encoder = new TextEncoder();
const csvCell = (v: string | number | null) => {
  const s = v === null ? '' : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/**
 * The data behind a report, as a zip: `report.json` (the whole document, as rendered),
 * `values.csv` (every value of its indicator tables with observation, version and source), and
 * the page itself when given.
 */
export function reportDataZip(
  doc: ReportDocument,
  page?: string,
  options: { modified?: Date } = {},
): AsyncGenerator<Uint8Array> {
  const header = 'area,series,unit,year,value,observation_id,version,source';
  const rows = doc.data.indicators.available
    ? doc.data.indicators.value.flatMap((i) =>
        i.points.map((p) =>
          [
            p.citation.area,
            i.series,
            i.unit,
            p.year,
            p.value,
            p.citation.observationId,
            p.citation.version,
            p.citation.source,
          ]
            .map(csvCell)
            .join(','),
        ),
      )
    : [];
  return zipFiles(
    [
      { name: 'report.json', content: encoder.encode(JSON.stringify(doc, null, 2)) },
      { name: 'values.csv', content: encoder.encode([header, ...rows].join('\n') + '\n') },
      ...(page ? [{ name: 'report.html', content: encoder.encode(page) }] : []),
    ],
    options.modified ? { modified: options.modified } : {},
  );
}
