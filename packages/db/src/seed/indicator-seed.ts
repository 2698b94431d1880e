import { randomUUID } from 'node:crypto';
import type { DatabaseHandle, Executor } from '../connection/connect';
import { listCityRefsBySlug } from '../geo/geo.repository';
import * as observations from '../observations/observations.repository';
import * as seriesRepository from '../observations/series.repository';
import {
  loadIndicatorObservations,
  loadIndicatorSeries,
  type IndicatorSeedData,
  type SeedObservation,
  type SeedSeries,
} from './indicator-seed-files';

/** Who the seed's rows are written by. */
export const SEED_ACTOR = 'system:seed';

/** What an indicator seed run found and wrote. */
export interface IndicatorSeedResult {
  /** Series in the prepared files. */
  readonly series: number;
  /** Series linked to a global indicator of the 2023 framework. */
  readonly seriesLinked: number;
  /** Series whose 2020 indicator numbers no longer exist in 2023 (left unlinked). */
  readonly seriesUnlinked: number;
  /** Those 2020 numbers, sorted. */
  readonly unlinkedIndicators: readonly string[];
  /** Observations written by this run (0 when everything was there). */
  readonly countryObservations: number;
  readonly cityObservations: number;
  /** City values of cities that are not in the registry (left out). */
  readonly unknownCities: number;
  /** False when the data was already there. */
  readonly changed: boolean;
}

/** Options of {@link seedIndicatorData}. */
export interface IndicatorSeedOptions {
  /** The prepared files; read from `seed-data/indicator-data` when absent. */
  readonly data?: IndicatorSeedData;
  /** Timestamp of every row written. */
  readonly now?: Date;
}

/** The 2023 indicator id of the first of a series' 2020 numbers that still exists. */
function resolveIndicator(series: SeedSeries, codes: ReadonlyMap<string, string>) {
  const numbers = series.indicator
    .split(',')
    .map((n) => n.trim())
    .filter((n) => n !== '');
  const id = numbers.map((n) => codes.get(n)).find((found) => found !== undefined);
  return { id: id ?? null, numbers };
}

/** What {@link buildRows} needs besides the data. */
interface RowContext {
  readonly seriesIds: ReadonlyMap<string, string>;
  readonly sources: ReadonlyMap<string, string>;
  readonly cityIds: ReadonlyMap<string, string>;
  readonly now: string;
}

/** An approved observation at version 1 with its first history row. */
interface SeedRow {
  readonly observation: observations.NewObservation & { id: string };
  readonly version: observations.NewObservationVersion;
}

/**
 * The rows of every value: country values on `country:<ISO3>`, city values on `city:<id>`
 * (values of a city missing from the registry are counted and left out).
 */
function buildRows(data: IndicatorSeedData, context: RowContext) {
  const rows: SeedRow[] = [];
  let unknownCities = 0;
  const add = (
    o: SeedObservation,
    area: { city_id: string | null; country_iso3: string | null },
  ) => {
    const seriesId = context.seriesIds.get(o.series);
    if (seriesId === undefined) throw new Error(`Indicator seed: no series ${o.series}`);
    const source = o.source ?? context.sources.get(o.series) ?? null;
    const values = {
      value: o.value,
      estimated: o.flags.estimated ? 1 : 0,
      provisional: o.flags.provisional ? 1 : 0,
      break_in_series: o.flags.breakInSeries ? 1 : 0,
      footnote: o.footnote,
      source,
      nature: o.nature,
      status: 'approved' as const,
      deleted: 0,
    };
    const id = randomUUID();
    rows.push({
      observation: {
        id,
        area_key: area.city_id === null ? `country:${o.area}` : `city:${area.city_id}`,
        ...area,
        series_id: seriesId,
        year: o.year,
        disaggregation_key: o.disaggregation,
        ...values,
        version: 1,
        approved_version: 1,
        updated_at: context.now,
        updated_by: SEED_ACTOR,
      },
      version: {
        observation_id: id,
        version: 1,
        ...values,
        change: 'created',
        reason: `Seeded from ${source ?? 'the prepared indicator data'}`,
        changed_by: SEED_ACTOR,
        changed_at: context.now,
      },
    });
  };
  for (const o of data.countryObservations) add(o, { city_id: null, country_iso3: o.area });
  for (const o of data.cityObservations) {
    const cityId = context.cityIds.get(o.area);
    if (cityId === undefined) unknownCities++;
    else add(o, { city_id: cityId, country_iso3: null });
  }
  return { rows, unknownCities };
}

/** Whether every series of the files exists and holds observations: then there is nothing to do. */
async function alreadySeeded(db: Executor, series: readonly SeedSeries[]): Promise<boolean> {
  const wanted = new Set(series.map((s) => s.code));
  const present = (await seriesRepository.listSeriesKeys(db)).filter((s) => wanted.has(s.code));
  if (present.length < wanted.size) return false;
  const one = await observations.listObservationValues(db, {
    seriesIds: present.map((s) => s.id),
    view: 'working',
    includeDeleted: true,
    limit: 1,
  });
  return one.length > 0;
}

/**
 * Seeds the prepared indicator data: the UNSD national series of the ten ASEAN countries and
 * the city series (waste collection, CDP–ICLEI emissions) as approved public values, each with
 * its first version (`created`, by `system:seed`). Needs the reference data (framework, countries,
 * cities) seeded first. Idempotent, and safe when several servers start at once: it skips when
 * the series and their values are there, otherwise inserts in one transaction, leaving every row
 * that exists alone — a slot already written (by a user, or a concurrent seed) keeps its own
 * history.
 */
export async function seedIndicatorData(
  handle: DatabaseHandle,
  options: IndicatorSeedOptions = {},
): Promise<IndicatorSeedResult> {
  const seedSeries = options.data?.series ?? (await loadIndicatorSeries());
  const now = (options.now ?? new Date()).toISOString();
  const indicatorCodes = await seriesRepository.listIndicatorCodes(handle.db);
  const resolved = seedSeries.map((s) => ({ series: s, ...resolveIndicator(s, indicatorCodes) }));
  const unlinked = resolved.filter((r) => r.id === null && r.numbers.length > 0);
  const base = {
    series: seedSeries.length,
    seriesLinked: resolved.filter((r) => r.id !== null).length,
    seriesUnlinked: unlinked.length,
    unlinkedIndicators: [...new Set(unlinked.flatMap((r) => r.numbers))].sort(),
  };
  if (await alreadySeeded(handle.db, seedSeries)) {
    return {
      ...base,
      countryObservations: 0,
      cityObservations: 0,
      unknownCities: 0,
      changed: false,
    };
  }
  // Parsed only now: a server that finds the data seeded does not read 50,000 rows.
  const data: IndicatorSeedData = options.data ?? {
    series: seedSeries,
    ...(await loadIndicatorObservations()),
  };
  const slugs = [...new Set(data.cityObservations.map((o) => o.area))];
  const cityIds = new Map(
    (await listCityRefsBySlug(handle.db, slugs)).map((c) => [c.slug, c.id] as const),
  );
  const written = await handle.db.transaction().execute(async (trx) => {
    // The first statement writes: on SQLite it takes the write lock (waiting out a concurrent
    // seed through the busy timeout) before the transaction has read anything stale.
    await seriesRepository.insertSeries(
      trx,
      resolved.map(({ series: s, id }) => ({
        id: randomUUID(),
        code: s.code,
        indicator_id: id,
        local_indicator_id: null,
        name: s.name,
        unit: s.unit,
        direction: s.direction,
        decimals: s.decimals,
        source: s.source,
        created_at: now,
        updated_at: now,
      })),
    );
    const seriesIds = new Map(
      (await seriesRepository.listSeriesKeys(trx)).map((s) => [s.code, s.id] as const),
    );
    const sources = new Map(data.series.map((s) => [s.code, s.source] as const));
    const built = buildRows(data, { seriesIds, sources, cityIds, now });
    const inserted = new Set(
      await observations.insertObservationsIfAbsent(
        trx,
        built.rows.map((r) => r.observation),
      ),
    );
    const fresh = built.rows.filter((r) => inserted.has(r.observation.id));
    await observations.insertVersions(
      trx,
      fresh.map((r) => r.version),
      1000,
    );
    return {
      countryObservations: fresh.filter((r) => r.observation.city_id === null).length,
      cityObservations: fresh.filter((r) => r.observation.city_id !== null).length,
      unknownCities: built.unknownCities,
    };
  });
  return {
    ...base,
    ...written,
    changed: written.countryObservations + written.cityObservations > 0,
  };
}
