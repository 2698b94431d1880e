import type { ReportData, ReportDocument } from '@frontrunner/domain';

/** The default title of a report on its data's scope. */
export function defaultTitle(data: ReportData): string {
  const s = data.scope;
  if (s.kind === 'city') return `Voluntary Local Review of ${s.name}`;
  if (s.kind === 'country') return `SDG localisation in ${s.name}: national synthesis`;
  return 'SDG localisation in ASEAN cities: regional synthesis';
}

/**
 * A document of data alone (no narrative written yet): what `frontrunner report` and the print
 * URLs render when there is no saved report.
 */
export function documentFor(data: ReportData, title = defaultTitle(data)): ReportDocument {
  return {
    title,
    lang: data.lang,
    status: 'generated',
    version: 1,
    narratives: {},
    consultations: [],
    data,
  };
}
