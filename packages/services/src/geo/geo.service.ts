import { geoRepository as repo, type Executor } from '@frontrunner/db';
import { foldForSearch, NotFoundError } from '@frontrunner/domain';

/** Programme stage of a city. */
export type CityStage = 'none' | 'candidate' | 'model_city' | 'frontrunner';

/** A country as listed. */
export interface CountryView {
  iso3: string;
  iso2: string;
  m49: number;
  name: string;
  cityCount: number;
}

/** A city with its registry and programme fields. */
export interface CityView {
  slug: string;
  name: string;
  asciiName: string;
  country: string;
  countryName: string;
  province: string | null;
  latitude: number;
  longitude: number;
  population: number | null;
  populationSource: string | null;
  capital: 'national' | 'provincial' | null;
  stage: CityStage;
  cohort: string | null;
  priorityGoals: number[];
  geonamesId: string | null;
  wikidataId: string | null;
  sources: string[];
}

/** A GeoJSON FeatureCollection. */
export interface FeatureCollection<P> {
  type: 'FeatureCollection';
  features: { type: 'Feature'; geometry: unknown; properties: P }[];
}

/** Every ASEAN country with its number of cities. */
export async function listCountries(db: Executor): Promise<CountryView[]> {
  return (await repo.listCountries(db)).map((r) => ({
    iso3: r.iso3,
    iso2: r.iso2,
    m49: r.m49,
    name: r.name,
    cityCount: Number(r.city_count),
  }));
}

/** One country; throws {@link NotFoundError}. */
export async function getCountry(db: Executor, iso3: string): Promise<CountryView> {
  const country = (await listCountries(db)).find((c) => c.iso3 === iso3);
  if (!country) throw new NotFoundError('country', iso3);
  return country;
}

/** Country outlines as one GeoJSON FeatureCollection. */
export async function countryOutlines(
  db: Executor,
): Promise<FeatureCollection<{ iso3: string; name: string }>> {
  const rows = await repo.listOutlines(db);
  return {
    type: 'FeatureCollection',
    features: rows.map((r) => ({
      type: 'Feature',
      geometry: JSON.parse(r.outline) as unknown,
      properties: { iso3: r.iso3, name: r.name },
    })),
  };
}

/** A page of cities matching the filters. */
export async function searchCities(
  db: Executor,
  options: repo.CitySearchOptions,
): Promise<{ items: CityView[]; total: number }> {
  const q = options.q ? foldForSearch(options.q) : undefined;
  const { rows, total } = await repo.searchCities(db, { ...options, q });
  return { items: rows.map(toCityView), total };
}

/** One city by slug; throws {@link NotFoundError}. */
export async function getCity(db: Executor, slug: string): Promise<CityView> {
  const row = await repo.findCityBySlug(db, slug);
  if (!row) throw new NotFoundError('city', slug);
  return toCityView(row);
}

/** Every city (optionally of one country) as GeoJSON points for a map. */
export async function cityPoints(
  db: Executor,
  country?: string,
): Promise<
  FeatureCollection<{
    slug: string;
    name: string;
    country: string;
    population: number | null;
    stage: CityStage;
  }>
> {
  const rows = await repo.listCityPoints(db, country);
  return {
    type: 'FeatureCollection',
    features: rows.map((r) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [r.longitude, r.latitude] },
      properties: {
        slug: r.slug,
        name: r.name,
        country: r.country_iso3,
        population: r.population,
        stage: r.stage,
      },
    })),
  };
}

function toCityView(row: repo.CityRow): CityView {
  return {
    slug: row.slug,
    name: row.name,
    asciiName: row.ascii_name,
    country: row.country_iso3,
    countryName: row.country_name,
    province: row.province,
    latitude: Number(row.latitude),
    longitude: Number(row.longitude),
    population: row.population === null ? null : Number(row.population),
    populationSource: row.population_source,
    capital: row.capital,
    stage: row.stage,
    cohort: row.cohort,
    priorityGoals: JSON.parse(row.priority_goals) as number[],
    geonamesId: row.geonames_id,
    wikidataId: row.wikidata_id,
    sources: JSON.parse(row.sources) as string[],
  };
}
