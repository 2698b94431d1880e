import { ASEAN_COUNTRIES, type City } from '@frontrunner/domain';
import { matchCity } from './city-match';
import type { CsvRecord } from './csv-io';
import type { CityObservationDraft } from './model';
import type { UnsdCityValue } from './unsd';
import { parseValue } from './values';

/** A UN city value that names no registry city, with the reason. */
export interface UnmatchedCityValue {
  readonly file: string;
  readonly cityName: string;
  readonly iso3: string;
  readonly year: number;
  readonly problem: string;
}

/**
 * The ASEAN rows of `en_ref_wascol_by_city.csv` (SDG 11.6.1, municipal solid waste collection
 * coverage, %): `cities` is a lowercase name with `_` for spaces, `geo_area` the country's
 * UN M49 code. Rows of other countries are left out.
 */
export function readWascolByCity(records: readonly CsvRecord[]): UnsdCityValue[] {
  const byM49 = new Map(ASEAN_COUNTRIES.map((c) => [String(c.m49), c.iso3]));
  const out: UnsdCityValue[] = [];
  for (const r of records) {
    const iso3 = byM49.get(r.geo_area ?? '');
    const parsed = parseValue(r.en_ref_wascol ?? '');
    if (iso3 === undefined || parsed === undefined) continue;
    if (r.units !== 'percent' || r.nature !== 'c') {
      throw new Error(`en_ref_wascol_by_city: unexpected units/nature ${r.units}/${r.nature}`);
    }
    out.push({
      iso3,
      cityName: (r.cities ?? '').replaceAll('_', ' '),
      series: 'EN_REF_WASCOL',
      year: Number(r.year),
      disaggregation: '',
      value: parsed.text,
      nature: 'C',
      flags: '',
      footnote: parsed.footnote,
    });
  }
  return out;
}

/**
 * Matches UN city values (by name within their country; these sources give no point) to the
 * registry. The same value may come from both UN files: a slot is written once, and the two
 * must agree.
 */
export function matchUnCityValues(
  registry: readonly City[],
  sources: readonly { file: string; values: readonly UnsdCityValue[] }[],
): { rows: CityObservationDraft[]; unmatched: UnmatchedCityValue[] } {
  const rows = new Map<string, CityObservationDraft>();
  const unmatched = new Map<string, UnmatchedCityValue>();
  for (const { file, values } of sources) {
    for (const { iso3, cityName, ...draft } of values) {
      const match = matchCity(registry, { iso3, name: cityName });
      if ('problem' in match) {
        const key = `${cityName}|${iso3}|${draft.year}`;
        const known = unmatched.get(key);
        const entry = { file, cityName, iso3, year: draft.year, problem: match.problem };
        unmatched.set(key, known ? { ...known, file: `${known.file}, ${file}` } : entry);
        continue;
      }
      const row: CityObservationDraft = { ...draft, city: match.slug, source: '' };
      const key = `${row.city}|${row.series}|${row.year}|${row.disaggregation}`;
      const seen = rows.get(key);
      if (seen !== undefined && Number(seen.value) !== Number(row.value)) {
        throw new Error(`${key}: ${seen.value} in one UN file, ${row.value} in ${file}`);
      }
      rows.set(key, seen ?? row);
    }
  }
  return { rows: [...rows.values()], unmatched: [...unmatched.values()] };
}
