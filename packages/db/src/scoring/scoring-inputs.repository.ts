import type { Executor } from '../connection/connect';
import { keyChunks } from '../query/chunks';

/** One approved headline value a score is computed from, with the version it is at. */
export interface ScoringValueRow {
  /** Observation id. */
  id: string;
  city_id: string;
  series_id: string;
  year: number;
  value: number;
  /** The approved version. */
  version: number;
}

/** A city with what decides its peer groups. */
export interface ScoringCityRow {
  id: string;
  slug: string;
  name: string;
  country_iso3: string;
  population: number | null;
  cohort: string | null;
}

/** A city's headline target for a series. */
export interface ScoringTargetRow {
  city_id: string;
  series_id: string;
  target_value: number;
  target_year: number;
}

/**
 * The public, approved, not deleted, headline (no disaggregation) values of some series, of some
 * cities or of every city, ordered by city, series and year: what scores are computed from.
 */
export async function listApprovedHeadlineValues(
  db: Executor,
  filter: { seriesIds: readonly string[]; cityIds?: readonly string[] | undefined },
): Promise<ScoringValueRow[]> {
  if (filter.seriesIds.length === 0 || filter.cityIds?.length === 0) return [];
  const out: ScoringValueRow[] = [];
  for (const cityIds of keyChunks(filter.cityIds)) {
    let query = db
      .selectFrom('observation as o')
      .innerJoin('observation_version as v', (join) =>
        join.onRef('v.observation_id', '=', 'o.id').onRef('v.version', '=', 'o.approved_version'),
      )
      .where('v.deleted', '=', 0)
      .where('o.disaggregation_key', '=', '')
      .where('o.city_id', 'is not', null)
      .where('o.series_id', 'in', filter.seriesIds)
      .select(['o.id', 'o.city_id', 'o.series_id', 'o.year', 'v.value', 'v.version']);
    if (cityIds) query = query.where('o.city_id', 'in', cityIds);
    const rows = await query
      .orderBy('o.city_id')
      .orderBy('o.series_id')
      .orderBy('o.year')
      .execute();
    out.push(...(rows as ScoringValueRow[]));
  }
  return out;
}

/** Cities by id, of a country, of a cohort or of a population range (or every city), by slug. */
export async function listScoringCities(
  db: Executor,
  filter: {
    cityIds?: readonly string[] | undefined;
    country?: string | undefined;
    cohort?: string | undefined;
    /** Inhabitants: `min` inclusive, `max` exclusive (Infinity: no upper limit). */
    population?: { min: number; max: number } | undefined;
  } = {},
): Promise<ScoringCityRow[]> {
  if (filter.cityIds?.length === 0) return [];
  const out: ScoringCityRow[] = [];
  for (const cityIds of keyChunks(filter.cityIds)) {
    let query = db
      .selectFrom('city')
      .select(['id', 'slug', 'name', 'country_iso3', 'population', 'cohort']);
    if (cityIds) query = query.where('id', 'in', cityIds);
    if (filter.country) query = query.where('country_iso3', '=', filter.country);
    if (filter.cohort) query = query.where('cohort', '=', filter.cohort);
    const range = filter.population;
    if (range) query = query.where('population', '>=', range.min);
    if (range && Number.isFinite(range.max)) query = query.where('population', '<', range.max);
    out.push(...(await query.orderBy('slug').execute()));
  }
  return out;
}

/** The headline targets of some cities (or all) for some series. */
export async function listScoringTargets(
  db: Executor,
  filter: { seriesIds: readonly string[]; cityIds?: readonly string[] | undefined },
): Promise<ScoringTargetRow[]> {
  if (filter.seriesIds.length === 0 || filter.cityIds?.length === 0) return [];
  const out: ScoringTargetRow[] = [];
  for (const cityIds of keyChunks(filter.cityIds)) {
    let query = db
      .selectFrom('city_target')
      .select(['city_id', 'series_id', 'target_value', 'target_year'])
      .where('disaggregation_key', '=', '')
      .where('series_id', 'in', filter.seriesIds);
    if (cityIds) query = query.where('city_id', 'in', cityIds);
    out.push(...(await query.orderBy('city_id').orderBy('series_id').execute()));
  }
  return out;
}
