import { foldForSearch, type City, type Framework } from '@frontrunner/domain';
import { randomUUID } from 'node:crypto';
import type { Executor } from '../connection/connect';
import type { DatabaseHandle } from '../connection/connect';
import * as framework from '../framework/framework.repository';
import { insertFrameworkRows } from '../framework/framework.seed';
import * as geo from '../geo/geo.repository';
import { loadSeedSources, type SeedSources } from './sources';

/** What a seed run found and wrote. */
export interface SeedResult {
  readonly goals: number;
  readonly targets: number;
  readonly indicators: number;
  readonly indicatorLinks: number;
  readonly countries: number;
  readonly cities: number;
  /** False when everything was already there. */
  readonly changed: boolean;
}

/**
 * Seeds the SDG framework, the ASEAN countries and the city registry. Idempotent and safe to run
 * from several servers at once: rows that exist are left alone (a city's programme fields are
 * never reset), and everything is written in one transaction.
 */
export async function seedReferenceData(
  handle: DatabaseHandle,
  options: { sources?: SeedSources; now?: Date } = {},
): Promise<SeedResult> {
  const before = await counts(handle.db);
  if (before.goals >= 17 && before.countries >= 10 && before.cities > 0)
    return { ...before, changed: false };
  const sources = options.sources ?? (await defaultSources());
  const now = (options.now ?? new Date()).toISOString();
  await handle.db.transaction().execute(async (trx) => {
    await insertFrameworkRows(trx, sources.framework);
    await geo.insertCountries(
      trx,
      sources.countries.map((c) => ({
        iso3: c.iso3,
        iso2: c.iso2,
        m49: c.m49,
        name: c.name,
        outline: JSON.stringify(c.outline),
      })),
    );
    const names = new Map(sources.countries.map((c) => [c.iso3, c.name]));
    await geo.insertCities(
      trx,
      sources.cities.map((c) => cityRow(c, names.get(c.countryIso3) ?? '', now)),
    );
  });
  return { ...(await counts(handle.db)), changed: true };
}

/** The bundled sources, read once per process (they never change while it runs). */
let bundled: Promise<SeedSources> | undefined;
function defaultSources(): Promise<SeedSources> {
  bundled ??= loadSeedSources();
  return bundled;
}

function cityRow(city: City, countryName: string, now: string): geo.NewCity {
  return {
    id: randomUUID(),
    slug: city.slug,
    name: city.name,
    ascii_name: city.asciiName,
    country_iso3: city.countryIso3,
    province: city.province,
    latitude: city.latitude,
    longitude: city.longitude,
    population: city.population,
    population_source: city.populationSource,
    capital: city.capital,
    stage: 'none',
    cohort: null,
    priority_goals: '[]',
    geonames_id: city.geonamesId,
    wikidata_id: city.wikidataId,
    simplemaps_id: city.simplemapsId,
    sources: JSON.stringify(city.sources),
    search_text: foldForSearch(
      [city.name, city.asciiName, city.province ?? '', countryName].join(' '),
    ),
    created_at: now,
    updated_at: now,
  };
}

async function counts(db: Executor) {
  const f = await framework.countFramework(db);
  const g = await geo.countGeo(db);
  return {
    goals: f.goals,
    targets: f.targets,
    indicators: f.indicators,
    indicatorLinks: f.links,
    countries: g.countries,
    cities: g.cities,
  };
}

export type { Framework };
