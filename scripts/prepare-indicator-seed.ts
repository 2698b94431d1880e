/**
 * Prepares the indicator seed: national comparison series for the ten ASEAN countries and
 * city series for registry cities, from the project's reference data folder. Run once by a
 * developer when the sources change; the product reads only what this writes.
 *
 *   npx tsx scripts/prepare-indicator-seed.ts /work/shared/data
 *
 * Writes packages/db/seed-data/indicator-data/{series.csv, country-observations.csv.gz,
 * city-observations.csv.gz, README.md} and prints a JSON summary on stdout.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_SEED_DIR, loadSeedSources } from '../packages/db/src/seed/sources';
import { readCdpFile } from './prepare-indicator-seed/cdp';
import { matchUnCityValues, readWascolByCity } from './prepare-indicator-seed/city-values';
import { readCsv, toCsv, writeText } from './prepare-indicator-seed/csv-io';
import { GHG_SERIES, ghgObservations } from './prepare-indicator-seed/ghg';
import { UNSD_SOURCE, type SeriesDraft } from './prepare-indicator-seed/model';
import { writeReadme } from './prepare-indicator-seed/readme';
import { readUnsd } from './prepare-indicator-seed/unsd';
import { inferDecimals } from './prepare-indicator-seed/values';

/** Series whose better direction is beyond doubt; the scorer keeps its own codebook. */
const DIRECTIONS: Readonly<Record<string, 'higher' | 'lower'>> = { EN_REF_WASCOL: 'higher' };

/** CDP locations known to be wrong (account number → why): matched by name only. */
const WRONG_CDP_POINTS: ReadonlyMap<string, string> = new Map([
  [
    '54348',
    'CDP places Quezon City at 15.68° N, 120.86° E, in Nueva Ecija, about 115 km north of the city',
  ],
]);

const UNSD_FILE = 'country-series/unsd-sdg-database-asean-2020-10.csv.gz';
const WASCOL_FILE = 'city-series/en_ref_wascol_by_city.csv';

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

async function main(dataDir: string): Promise<void> {
  const outDir = join(DEFAULT_SEED_DIR, 'indicator-data');
  const { cities: registry, framework } = await loadSeedSources();
  const unsd = readUnsd(readCsv(join(dataDir, UNSD_FILE)));
  const unCities = matchUnCityValues(registry, [
    { file: WASCOL_FILE, values: readWascolByCity(readCsv(join(dataDir, WASCOL_FILE))) },
    { file: UNSD_FILE, values: unsd.cityValues },
  ]);
  const cdpFiles = readdirSync(join(dataDir, 'city-series'))
    .filter((f) => /^cdp-\d{4}-.*\.csv\.gz$/.test(f))
    .sort();
  const reports = cdpFiles.flatMap((f) => readCdpFile(f, readCsv(join(dataDir, 'city-series', f))));
  const ghg = ghgObservations(reports, registry, WRONG_CDP_POINTS);

  const series: SeriesDraft[] = [...unsd.series.values()]
    .filter((s) => s.values.length > 0)
    .map((s) => ({
      code: s.code,
      name: s.name,
      unit: s.unit,
      indicator: s.indicator,
      decimals: inferDecimals(s.values),
      direction: DIRECTIONS[s.code] ?? '',
      source: UNSD_SOURCE,
    }));
  series.push(...GHG_SERIES);
  series.sort((a, b) => byText(a.code, b.code));
  const country = [...unsd.countryRows].sort(
    (a, b) =>
      byText(a.iso3, b.iso3) ||
      byText(a.series, b.series) ||
      a.year - b.year ||
      byText(a.disaggregation, b.disaggregation),
  );
  const city = [...unCities.rows, ...ghg.rows].sort(
    (a, b) =>
      byText(a.city, b.city) ||
      byText(a.series, b.series) ||
      a.year - b.year ||
      byText(a.disaggregation, b.disaggregation),
  );
  checkUnique(
    'country',
    country.map((r) => `${r.iso3}|${r.series}|${r.year}|${r.disaggregation}`),
  );
  checkUnique(
    'city',
    city.map((r) => `${r.city}|${r.series}|${r.year}|${r.disaggregation}`),
  );
  const codes = new Set(series.map((s) => s.code));
  for (const r of [...country, ...city])
    if (!codes.has(r.series)) throw new Error(`no series row for ${r.series}`);

  writeText(
    join(outDir, 'series.csv'),
    toCsv(
      ['code', 'name', 'unit', 'indicator', 'decimals', 'direction', 'source'],
      series.map((s) => [s.code, s.name, s.unit, s.indicator, s.decimals, s.direction, s.source]),
    ),
  );
  writeText(
    join(outDir, 'country-observations.csv.gz'),
    toCsv(
      ['iso3', 'series', 'year', 'disaggregation', 'value', 'nature', 'flags', 'footnote'],
      country.map((r) => [
        r.iso3,
        r.series,
        r.year,
        r.disaggregation,
        r.value,
        r.nature,
        r.flags,
        r.footnote,
      ]),
    ),
  );
  writeText(
    join(outDir, 'city-observations.csv.gz'),
    toCsv(
      [
        'city',
        'series',
        'year',
        'disaggregation',
        'value',
        'nature',
        'flags',
        'footnote',
        'source',
      ],
      city.map((r) => [
        r.city,
        r.series,
        r.year,
        r.disaggregation,
        r.value,
        r.nature,
        r.flags,
        r.footnote,
        r.source,
      ]),
    ),
  );
  const summary = writeReadme(join(outDir, 'README.md'), {
    series,
    emptySeries: [...unsd.series.values()].filter((s) => s.values.length === 0).map((s) => s.code),
    country,
    city,
    unsd,
    unmatchedUn: unCities.unmatched,
    cdpFiles,
    cdpOutcomes: ghg.outcomes,
    wrongPoints: WRONG_CDP_POINTS,
    indicatorNumbers2023: new Set(framework.indicators.flatMap((i) => i.links.map((l) => l.code))),
  });
  process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
}

function checkUnique(what: string, keys: readonly string[]): void {
  const seen = new Set<string>();
  for (const key of keys) {
    if (seen.has(key)) throw new Error(`two ${what} rows for the slot ${key}`);
    seen.add(key);
  }
}

const dataDir = process.argv[2];
if (dataDir === undefined) {
  process.stderr.write('usage: npx tsx scripts/prepare-indicator-seed.ts <data folder>\n');
  process.exit(2);
}
await main(dataDir);
