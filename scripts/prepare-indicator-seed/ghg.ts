import type { City } from '@frontrunner/domain';
import type { CdpReport } from './cdp';
import { matchCity } from './city-match';
import type { CityObservationDraft, SeriesDraft } from './model';

/** Where the CDP series come from, as the series rows cite it. */
export const CDP_SOURCE =
  'CDP–ICLEI city-wide emissions, reporting years 2016–2021 (CDP Open Data, collected in partnership by CDP and ICLEI)';

/** The series made from the CDP–ICLEI inventories (SDG 13.2.2, total greenhouse gas emissions per year). */
export const GHG_SERIES: readonly SeriesDraft[] = [
  {
    code: 'FR_GHG_SCOPE1',
    name: 'Total scope 1 greenhouse gas emissions of the city (emissions within the city boundary), as reported to CDP–ICLEI (t CO2e)',
    unit: 't CO2e',
    indicator: '13.2.2',
    decimals: 0,
    direction: 'lower',
    source: CDP_SOURCE,
  },
  {
    code: 'FR_GHG_SCOPE2',
    name: 'Total scope 2 greenhouse gas emissions of the city (from grid-supplied energy used in the city), as reported to CDP–ICLEI (t CO2e)',
    unit: 't CO2e',
    indicator: '13.2.2',
    decimals: 0,
    direction: 'lower',
    source: CDP_SOURCE,
  },
  {
    code: 'FR_GHG_PER_CAPITA',
    name: 'Scope 1 and 2 greenhouse gas emissions per inhabitant (derived by Frontrunner: the scope 1 and scope 2 totals reported to CDP–ICLEI divided by the population reported with them) (t CO2e per inhabitant)',
    unit: 't CO2e per inhabitant',
    indicator: '13.2.2',
    decimals: 2,
    direction: 'lower',
    source: `Derived from ${CDP_SOURCE}`,
  },
];

/**
 * Scope 1 + 2 emissions per inhabitant outside this range (t CO2e) are taken for a unit error
 * (tonnes reported as kilotonnes or the reverse): city inventories lie between about 0.5 and
 * 30 t per inhabitant.
 */
export const PLAUSIBLE_PER_CAPITA = { min: 0.1, max: 50 } as const;

/** Organisation-name words that are not part of the city's name. */
const ORGANISATION_WORDS = new Set(
  'government local unit municipal council municipality metropolitan administration town historic sub district muang regional development authority'.split(
    ' ',
  ),
);

/** What became of one CDP report. */
export interface CdpOutcome {
  readonly report: CdpReport;
  /** `used`, `superseded` (a later report has the same city and accounting year) or a problem. */
  readonly status: string;
  readonly slug?: string;
}

/** The place a report names: CDP's short city name, else the organisation without its titles. */
function placeName(report: CdpReport): string {
  if (report.city !== '') return report.city;
  return report.organization
    .split(/[\s-]+/)
    .filter((word) => !ORGANISATION_WORDS.has(word.toLowerCase()))
    .join(' ');
}

/** Why a report with values cannot be used before matching, or undefined. */
function reportProblem(report: CdpReport): string | undefined {
  if (typeof report.accountingYear === 'string') return report.accountingYear;
  if (/\bregency\b/i.test(report.organization)) return 'a regency (kabupaten), not a city';
  if (report.population === undefined) return undefined;
  const perCapita = (Number(report.scope1) + Number(report.scope2)) / report.population;
  if (perCapita < PLAUSIBLE_PER_CAPITA.min || perCapita > PLAUSIBLE_PER_CAPITA.max)
    return `implausible ${perCapita.toPrecision(2)} t CO2e per inhabitant (a unit error?)`;
  return undefined;
}

/** The observations of one report for a registry city. */
function observationsOf(report: CdpReport, slug: string): CityObservationDraft[] {
  const base = {
    city: slug,
    year: report.accountingYear as number,
    disaggregation: '',
    flags: '',
    source: `CDP–ICLEI city-wide emissions, reporting year ${report.reportingYear}`,
  };
  const rows: CityObservationDraft[] = [];
  const { scope1, scope2, population } = report;
  if (scope1 !== '')
    rows.push({ ...base, series: 'FR_GHG_SCOPE1', value: scope1, nature: 'C', footnote: '' });
  if (scope2 !== '')
    rows.push({ ...base, series: 'FR_GHG_SCOPE2', value: scope2, nature: 'C', footnote: '' });
  if (scope1 !== '' && scope2 !== '' && population !== undefined) {
    const perCapita = (Number(scope1) + Number(scope2)) / population;
    const year = report.populationYear === '' ? '' : ` (${report.populationYear})`;
    rows.push({
      ...base,
      series: 'FR_GHG_PER_CAPITA',
      value: String(Number(perCapita.toFixed(3))),
      nature: '',
      footnote: `Derived: (scope 1 + scope 2) / reported population ${population}${year}.`,
    });
  }
  return rows;
}

/**
 * Turns the CDP reports of every year into city observations: reports with a scope 1 or 2
 * total, a 12-month accounting year and plausible figures, matched to a registry city; when a
 * city and accounting year appear in several reporting years, the latest report is kept whole.
 * @param wrongPoints CDP account numbers whose location is known to be wrong, with the reason:
 *   these are matched by name only
 */
export function ghgObservations(
  reports: readonly CdpReport[],
  registry: readonly City[],
  wrongPoints: ReadonlyMap<string, string>,
): { rows: CityObservationDraft[]; outcomes: CdpOutcome[] } {
  const outcomes: CdpOutcome[] = [];
  const matched: { report: CdpReport; slug: string }[] = [];
  for (const report of reports) {
    if (report.scope1 === '' && report.scope2 === '') {
      outcomes.push({ report, status: 'no scope 1 or 2 total' });
      continue;
    }
    const problem = reportProblem(report);
    const match =
      problem === undefined
        ? matchCity(registry, {
            iso3: report.iso3,
            name: placeName(report),
            point: wrongPoints.has(report.account) ? undefined : report.point,
            population: report.population,
          })
        : { problem };
    if ('problem' in match) outcomes.push({ report, status: match.problem });
    else matched.push({ report, slug: match.slug });
  }
  const latest = new Map<string, { report: CdpReport; slug: string }>();
  for (const m of matched) {
    const key = `${m.slug}|${String(m.report.accountingYear)}`;
    const kept = latest.get(key);
    if (kept === undefined || kept.report.reportingYear < m.report.reportingYear)
      latest.set(key, m);
  }
  const kept = new Set([...latest.values()].map((m) => m.report));
  for (const { report, slug } of matched) {
    const status = kept.has(report) ? 'used' : 'superseded by a later report';
    outcomes.push({ report, status, slug });
  }
  const rows = [...latest.values()].flatMap((m) => observationsOf(m.report, m.slug));
  return { rows, outcomes };
}
