import {
  ASEAN_COUNTRIES,
  buildFramework,
  applyCityCorrections,
  mergeCityRegistries,
  type City,
  type Country,
  type CountryOutline,
  type Framework,
  type FrameworkCsvRecord,
  type NaturalEarthPlaceRecord,
  type SimplemapsCityRecord,
  type TranslationRecord,
} from '@frontrunner/domain';
import { parse } from 'csv-parse/sync';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

/** The copied seed files, relative to the seed-data folder (see its README for sources). */
export const SEED_FILES = {
  framework: 'sdg-framework/sdg-targets-indicators-2023.csv',
  translations: 'translations/sdg-titles-long.csv.gz',
  naturalEarthPlaces: 'cities/ne_10m_populated_places_asean.csv',
  simplemapsCities: 'cities/simplemaps_worldcities_basic_2019_asean.csv',
  countryOutlines: 'geo/ne_50m_admin_0_countries_asean.geojson',
} as const;

/** `packages/db/seed-data`, found from this file so it works from any working directory. */
export const DEFAULT_SEED_DIR = fileURLToPath(new URL('../../seed-data/', import.meta.url));

/** An ASEAN country with its Natural Earth 1:50m outline. */
export type CountryWithOutline = Country & { readonly outline: CountryOutline };

/** Everything the reference seed inserts, built from the copied public files. */
export interface SeedSources {
  readonly framework: Framework;
  /** The ten members, in `ASEAN_COUNTRIES` order. */
  readonly countries: readonly CountryWithOutline[];
  readonly cities: readonly City[];
}

/** Thrown when a seed file lacks a column or a country outline: the copy is broken. */
export class SeedFileError extends Error {
  /** @param file the path relative to the seed folder; @param detail what is wrong */
  constructor(file: string, detail: string) {
    super(`Seed file ${file}: ${detail}`);
    this.name = 'SeedFileError';
  }
}

/** Parses CSV text into records keyed by header, checking the columns the builders read. */
function parseCsv<T>(
  file: string,
  text: string,
  columns: readonly (keyof T & string)[],
  delimiter = ',',
): T[] {
  // bom: Natural Earth exports sometimes start with one; harmless when absent.
  const records = parse(text, { columns: true, delimiter, bom: true, skip_empty_lines: true });
  const rows = records as Record<string, string>[];
  const header = Object.keys(rows[0] ?? {});
  const missing = columns.filter((c) => !header.includes(c));
  if (rows.length === 0 || missing.length > 0) {
    throw new SeedFileError(file, `no rows or missing columns ${missing.join(', ')}`);
  }
  return rows as T[];
}

interface OutlineFeature {
  readonly properties: Readonly<Record<string, unknown>>;
  readonly geometry: CountryOutline;
}

/**
 * The outline of each ASEAN country: the feature whose ISO_A3 is the country's code. Natural
 * Earth writes ISO_A3 "-99" for a few disputed or special countries, so ADM0_A3 is the fallback.
 */
function attachOutlines(file: string, geojson: string): CountryWithOutline[] {
  const { features } = JSON.parse(geojson) as { features: readonly OutlineFeature[] };
  const codeOf = (f: OutlineFeature, key: string) => String(f.properties[key] ?? '');
  return ASEAN_COUNTRIES.map((country) => {
    const feature =
      features.find((f) => codeOf(f, 'ISO_A3') === country.iso3) ??
      features.find((f) => codeOf(f, 'ADM0_A3') === country.iso3);
    const type = feature?.geometry.type;
    if (feature === undefined || (type !== 'Polygon' && type !== 'MultiPolygon')) {
      throw new SeedFileError(file, `no Polygon or MultiPolygon outline for ${country.iso3}`);
    }
    return { ...country, outline: feature.geometry };
  });
}

/**
 * Reads and builds the reference seed: the 2023 SDG framework with Khmer, Lao and Burmese
 * titles, the ten ASEAN countries with outlines, and the merged city registry. All files are
 * UTF-8; the framework CSV is semicolon-separated, the translations are gzipped.
 * @param dir the folder holding the copied files (`SEED_FILES`); defaults to `packages/db/seed-data`
 * @throws SeedFileError when a file lacks a column or an outline
 */
export async function loadSeedSources(dir: string = DEFAULT_SEED_DIR): Promise<SeedSources> {
  const read = (file: string) => readFile(join(dir, file));
  const text = async (file: string) => (await read(file)).toString('utf8');
  const [frameworkCsv, translationsGz, nePlaces, smCities, outlines] = await Promise.all([
    text(SEED_FILES.framework),
    read(SEED_FILES.translations),
    text(SEED_FILES.naturalEarthPlaces),
    text(SEED_FILES.simplemapsCities),
    text(SEED_FILES.countryOutlines),
  ]);
  const framework = buildFramework(
    parseCsv<FrameworkCsvRecord>(
      SEED_FILES.framework,
      frameworkCsv,
      [
        'SDGNumber',
        'SDGTitle',
        'TargetsNumber',
        'Targets',
        'IndicatorsNumber',
        'Indicators',
        'UNSDIndicatorCodes',
      ],
      ';',
    ),
    parseCsv<TranslationRecord>(
      SEED_FILES.translations,
      gunzipSync(translationsGz).toString('utf8'),
      ['level', 'code', 'field', 'lang', 'text'],
    ),
  );
  const cities = applyCityCorrections(
    mergeCityRegistries(
      parseCsv<NaturalEarthPlaceRecord>(SEED_FILES.naturalEarthPlaces, nePlaces, [
        'NAME',
        'NAMEASCII',
        'ADM0_A3',
        'ADM1NAME',
        'FEATURECLA',
        'LATITUDE',
        'LONGITUDE',
        'POP_MAX',
        'GEONAMEID',
        'wikidataid',
      ]),
      parseCsv<SimplemapsCityRecord>(SEED_FILES.simplemapsCities, smCities, [
        'city',
        'city_ascii',
        'lat',
        'lng',
        'iso3',
        'admin_name',
        'capital',
        'population',
        'id',
      ]),
    ),
  );
  return { framework, countries: attachOutlines(SEED_FILES.countryOutlines, outlines), cities };
}
