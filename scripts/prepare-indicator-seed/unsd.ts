import { disaggregationKey } from '@frontrunner/domain';
import type { CsvRecord } from './csv-io';
import type { CountryObservationDraft, ObservationDraft } from './model';
import { parseValue } from './values';

/**
 * Dimension values that mean "all" (UNSD's totals) or "not specified" (`notspec`, used by
 * series that are not broken down by that dimension, e.g. `age=notspec` for undernourishment):
 * both become an absent dimension, like SDMX `_T` and `_Z`. Dropping them makes no two rows
 * of the file share a slot (the script checks).
 */
export const ALL_VALUES: ReadonlySet<string> = new Set([
  'bothsex',
  'allarea',
  'allage',
  't',
  'total',
  'alldomains',
  'anys',
  'notspec',
]);

/** UNSD `nature` codes → SDG NATURE attribute (`notspec` → none). */
const NATURES: Readonly<Record<string, string>> = {
  c: 'C',
  ca: 'CA',
  e: 'E',
  m: 'M',
  g: 'G',
  n: 'N',
  notspec: '',
};

/** UNSD `observation_status` → flag letters: `a` normal, `i` imputed (estimated). */
const STATUS_FLAGS: Readonly<Record<string, string>> = { a: '', i: 'E' };

/** Everything read from one series of the UNSD file. */
export interface UnsdSeries {
  readonly code: string;
  readonly name: string;
  readonly unit: string;
  readonly indicator: string;
  readonly values: number[];
}

/** A value of the UNSD file for a city (`cities=` dimension), before matching to the registry. */
export interface UnsdCityValue extends ObservationDraft {
  readonly iso3: string;
  readonly cityName: string;
}

/** What the UNSD file gives. */
export interface UnsdResult {
  readonly series: Map<string, UnsdSeries>;
  readonly countryRows: CountryObservationDraft[];
  readonly cityValues: UnsdCityValue[];
  /** Non-numeric values left out (`N`, `NV`), by `series "value"`. */
  readonly dropped: Map<string, number>;
  /** Values given as bounds (`<2.5`, `>95`), kept as the bound with a footnote. */
  readonly bounds: number;
}

/** Splits `key=value;…` into pairs, checking the form. */
function readDimensions(text: string, row: number): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of text.split(';')) {
    const eq = part.indexOf('=');
    if (eq <= 0) throw new Error(`UNSD row ${row}: bad dimension "${part}"`);
    out.set(part.slice(0, eq), part.slice(eq + 1));
  }
  return out;
}

/** Looks a code up in a table, failing loudly on a code this script does not know. */
function lookUp(table: Readonly<Record<string, string>>, code: string, what: string): string {
  const found = table[code];
  if (found === undefined) throw new Error(`UNSD: unknown ${what} "${code}"`);
  return found;
}

/**
 * Reads the UNSD SDG database extract: `units` becomes the series unit, `nature` and
 * `observation_status` become attributes, `cities` makes the value a city's, "all" values are
 * dropped and every other dimension is a disaggregation.
 */
export function readUnsd(records: readonly CsvRecord[]): UnsdResult {
  const result = {
    series: new Map<string, UnsdSeries>(),
    countryRows: [] as CountryObservationDraft[],
    cityValues: [] as UnsdCityValue[],
    dropped: new Map<string, number>(),
    bounds: 0,
  };
  records.forEach((r, index) => {
    const row = index + 2;
    const dims = readDimensions(r.dimensions ?? '', row);
    const code = r.series_code ?? '';
    const unit = dims.get('units') ?? '';
    const series = result.series.get(code) ?? {
      code,
      name: r.series_description ?? '',
      unit,
      indicator: r.indicator ?? '',
      values: [],
    };
    result.series.set(code, series);
    if (series.unit !== unit) throw new Error(`UNSD row ${row}: ${code} has a second unit`);
    const parsed = parseValue(r.value ?? '');
    if (parsed === undefined) {
      const key = `${code} "${r.value ?? ''}"`;
      result.dropped.set(key, (result.dropped.get(key) ?? 0) + 1);
      return;
    }
    if (parsed.footnote !== '') result.bounds++;
    series.values.push(Number(parsed.text));
    const disaggregation: Record<string, string> = {};
    for (const [key, value] of dims) {
      if (['units', 'nature', 'observation_status', 'cities'].includes(key)) continue;
      if (!ALL_VALUES.has(value)) disaggregation[key] = value;
    }
    const draft: ObservationDraft = {
      series: code,
      year: Number(r.year),
      disaggregation: disaggregationKey(disaggregation),
      value: parsed.text,
      nature: lookUp(NATURES, dims.get('nature') ?? 'notspec', 'nature'),
      flags: lookUp(STATUS_FLAGS, dims.get('observation_status') ?? 'a', 'observation_status'),
      footnote: parsed.footnote,
    };
    const iso3 = r.iso3 ?? '';
    const city = dims.get('cities');
    if (city === undefined) result.countryRows.push({ ...draft, iso3 });
    else result.cityValues.push({ ...draft, iso3, cityName: city });
  });
  return result satisfies UnsdResult;
}
