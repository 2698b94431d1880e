import type { IatiActivity, IatiResult } from './activity';

/** IATI's text escaping: XML's five entities. */
function esc(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const narrative = (text: string) => `<narrative>${esc(text)}</narrative>`;
const num = (n: number) => String(Number(n.toFixed(6)));

/** The reporting organisation written on every activity. */
export interface IatiReportingOrg {
  /** IATI organisation identifier, e.g. `XI-IATI-EC_INTPA`; also the identifiers' prefix. */
  ref: string;
  /** IATI OrganisationType code, e.g. `80` (academic, training and research), `40` (multilateral). */
  type: string;
  name: string;
}

function result(r: IatiResult): string {
  const indicators = r.indicators.map((ind) => {
    const ref = ind.sdgIndicator
      ? `<reference vocabulary="9" code="${esc(ind.sdgIndicator)}"/>`
      : '';
    const baseline = ind.baseline
      ? `<baseline year="${ind.baseline.year}" value="${num(ind.baseline.value)}"/>`
      : '';
    const periods = ind.periods.map(
      (p) =>
        `<period><period-start iso-date="${p.start}"/><period-end iso-date="${p.end}"/>` +
        (p.target === null ? '' : `<target value="${num(p.target)}"/>`) +
        (p.actual === null ? '' : `<actual value="${num(p.actual)}"/>`) +
        '</period>',
    );
    return `<indicator measure="1"><title>${narrative(ind.title)}</title>${ref}${baseline}${periods.join('')}</indicator>`;
  });
  return `<result type="${r.type}"><title>${narrative(r.title)}</title>${indicators.join('')}</result>`;
}

function activity(a: IatiActivity, org: IatiReportingOrg): string {
  const parts = [
    `<iati-identifier>${esc(a.identifier)}</iati-identifier>`,
    `<reporting-org ref="${esc(org.ref)}" type="${esc(org.type)}">${narrative(org.name)}</reporting-org>`,
    `<title>${narrative(a.title)}</title>`,
    `<description type="1">${narrative(a.description)}</description>`,
    ...a.participants.map(
      (p) =>
        `<participating-org role="${p.role}"${p.ref ? ` ref="${esc(p.ref)}"` : ''}>${narrative(p.name)}</participating-org>`,
    ),
    `<activity-status code="${a.status}"/>`,
    ...a.dates.map((d) => `<activity-date type="${d.type}" iso-date="${d.isoDate}"/>`),
    a.recipientCountry ? `<recipient-country code="${a.recipientCountry}" percentage="100"/>` : '',
    a.location
      ? `<location><name>${narrative(a.location.name)}</name><point srsName="http://www.opengis.net/def/crs/EPSG/0/4326"><pos>${num(a.location.latitude)} ${num(a.location.longitude)}</pos></point></location>`
      : '',
    ...a.sectors.map(
      (s) =>
        `<sector vocabulary="${s.vocabulary}" code="${esc(s.code)}" percentage="${num(s.percentage)}"/>`,
    ),
    ...a.tags.map((t) => `<tag vocabulary="${t.vocabulary}" code="${esc(t.code)}"/>`),
    a.budget
      ? `<budget type="1" status="1"><period-start iso-date="${a.budget.start}"/><period-end iso-date="${a.budget.end}"/><value currency="${esc(a.budget.currency)}" value-date="${a.budget.start}">${num(a.budget.value)}</value></budget>`
      : '',
    ...a.results.filter((r) => r.indicators.length > 0).map(result),
  ];
  const currency = a.currency ? ` default-currency="${esc(a.currency)}"` : '';
  return `  <iati-activity last-updated-datetime="${a.lastUpdated}" xml:lang="en"${currency}>\n    ${parts.filter(Boolean).join('\n    ')}\n  </iati-activity>`;
}

/**
 * Writes IATI activities 2.03 XML: one `iati-activities` document holding each activity, valid
 * against the IATI 2.03 schema (checked with xmllint in the tests).
 */
export function writeIatiActivities(
  activities: readonly IatiActivity[],
  options: { reportingOrg: IatiReportingOrg; generatedAt: Date },
): string {
  const body = activities.map((a) => activity(a, options.reportingOrg)).join('\n');
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<iati-activities version="2.03" generated-datetime="${options.generatedAt.toISOString()}">\n` +
    (body ? `${body}\n` : '') +
    '</iati-activities>\n'
  );
}
