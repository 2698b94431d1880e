import type { LatLng } from '@frontrunner/domain';
import type { CsvRecord } from './csv-io';

/** CDP's country names for the ASEAN members (CDP wrote Viet Nam both ways over the years). */
const ASEAN_BY_CDP_NAME: Readonly<Record<string, string>> = {
  'Brunei Darussalam': 'BRN',
  Cambodia: 'KHM',
  Indonesia: 'IDN',
  "Lao People's Democratic Republic": 'LAO',
  Malaysia: 'MYS',
  Myanmar: 'MMR',
  Philippines: 'PHL',
  Singapore: 'SGP',
  Thailand: 'THA',
  'Viet Nam': 'VNM',
  Vietnam: 'VNM',
};

/** One ASEAN city's report in one CDP reporting year, with the fields the seed uses. */
export interface CdpReport {
  readonly file: string;
  readonly reportingYear: number;
  /** CDP account number: the same organisation across reporting years. */
  readonly account: string;
  readonly organization: string;
  /** The short city name CDP gives (empty in many 2019–2021 rows). */
  readonly city: string;
  readonly iso3: string;
  /** The accounting year, or why there is none. */
  readonly accountingYear: number | string;
  /** Total scope 1 and 2 emissions, t CO2e, as written; empty when not reported. */
  readonly scope1: string;
  readonly scope2: string;
  /** Inhabitants, when reported, and the year of that count. */
  readonly population: number | undefined;
  readonly populationYear: string;
  readonly point: LatLng | undefined;
}

/** The columns read, found by header because their names change from year to year. */
const COLUMNS = {
  reportingYear: /^(reporting year|year reported to cdp)$/i,
  account: /^account number$/i,
  organization: /^(organization|city name)$/i,
  city: /^(city|city short name)$/i,
  country: /^country$/i,
  accountingYear: /^(accounting year|measurement year)$/i,
  scope1: /^total scope 1 emissions \(metric tonnes co2e\)$/i,
  scope2: /^total scope 2 emissions \(metric tonnes co2e\)$/i,
  population: /^(current )?population$/i,
  populationYear: /^(current )?population year$/i,
  location: /^city location$/i,
} as const;

type Columns = Record<keyof typeof COLUMNS, string>;

function findColumns(file: string, header: readonly string[]): Columns {
  const out: Partial<Columns> = {};
  for (const [name, pattern] of Object.entries(COLUMNS) as [keyof Columns, RegExp][]) {
    const found = header.filter((h) => pattern.test(h.trim()));
    if (found.length !== 1) throw new Error(`${file}: ${found.length} columns for ${name}`);
    out[name] = found[0];
  }
  return out as Columns;
}

const DAY_MS = 86_400_000;

/**
 * The accounting year of an inventory. A period `2015-01-01 - 2015-12-31` gives the calendar
 * year holding its midpoint, so a fiscal year `2016-10-01 - 2017-09-30` is 2017 and a sloppy
 * `2017-01-01 - 2018-01-01` is 2017; periods shorter than 300 or longer than 400 days are not
 * annual inventories and give a reason instead. A date (`12/31/2014 12:00:00 AM`, the 2016
 * file's "Measurement Year") gives its year.
 */
export function parseAccountingYear(text: string): number | string {
  const range = /^(\d{4}-\d{2}-\d{2})\s*-\s*(\d{4}-\d{2}-\d{2})$/.exec(text.trim());
  if (range !== null) {
    const start = Date.parse(`${range[1]}T00:00:00Z`);
    const end = Date.parse(`${range[2]}T00:00:00Z`);
    const days = (end - start) / DAY_MS;
    if (!(days >= 300 && days <= 400)) return `accounting period of ${days} days`;
    return new Date((start + end) / 2).getUTCFullYear();
  }
  const date = /^\d{1,2}\/\d{1,2}\/(\d{4})\b/.exec(text.trim());
  if (date !== null) return Number(date[1]);
  return 'no accounting year';
}

/** A location: `POINT (lng lat)` (2018–2021) or `(lat, lng)` (2016–2017). */
export function parseLocation(text: string): LatLng | undefined {
  const point = /^POINT \((-?[\d.]+) (-?[\d.]+)\)$/.exec(text.trim());
  if (point !== null) return { longitude: Number(point[1]), latitude: Number(point[2]) };
  const pair = /^\((-?[\d.]+), (-?[\d.]+)\)$/.exec(text.trim());
  if (pair !== null) return { latitude: Number(pair[1]), longitude: Number(pair[2]) };
  return undefined;
}

/** A CDP emissions figure as written, or empty; anything else than a plain number fails. */
function readTonnes(file: string, text: string): string {
  const value = text.trim();
  if (value !== '' && !/^-?\d+(\.\d+)?$/.test(value)) {
    throw new Error(`${file}: emissions "${value}" are not a plain number`);
  }
  return value;
}

/** The ASEAN reports of one CDP file (one reporting year). */
export function readCdpFile(file: string, records: readonly CsvRecord[]): CdpReport[] {
  const c = findColumns(file, Object.keys(records[0] ?? {}));
  const reports: CdpReport[] = [];
  for (const r of records) {
    const iso3 = ASEAN_BY_CDP_NAME[(r[c.country] ?? '').trim()];
    if (iso3 === undefined) continue;
    const population = Number(r[c.population] ?? '');
    reports.push({
      file,
      reportingYear: Number(r[c.reportingYear]),
      account: (r[c.account] ?? '').trim(),
      organization: (r[c.organization] ?? '').trim(),
      city: (r[c.city] ?? '').trim(),
      iso3,
      accountingYear: parseAccountingYear(r[c.accountingYear] ?? ''),
      scope1: readTonnes(file, r[c.scope1] ?? ''),
      scope2: readTonnes(file, r[c.scope2] ?? ''),
      population: (r[c.population] ?? '').trim() !== '' && population > 0 ? population : undefined,
      populationYear: (r[c.populationYear] ?? '').trim(),
      point: parseLocation(r[c.location] ?? ''),
    });
  }
  return reports;
}
