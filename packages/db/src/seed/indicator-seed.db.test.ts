import { disaggregationKey, parseDisaggregationKey } from '@frontrunner/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../connection/connect';
import { listCityRefsBySlug } from '../geo/geo.repository';
import * as observations from '../observations/observations.repository';
import * as series from '../observations/series.repository';
import { createTestDatabase, testDialect } from '../testing/test-database';
import { seedIndicatorData, SEED_ACTOR, type IndicatorSeedResult } from './indicator-seed';
import { loadIndicatorSeedData, type IndicatorSeedData } from './indicator-seed-files';
import { seedReferenceData } from './seed';

let handle: Awaited<ReturnType<typeof createTestDatabase>>;
let data: IndicatorSeedData;
let first: IndicatorSeedResult;
let seriesIds: Map<string, string>;
const NOW = new Date('2024-05-01T00:00:00.000Z');

beforeAll(async () => {
  handle = await createTestDatabase();
  await seedReferenceData(handle);
  data = await loadIndicatorSeedData();
  first = await seedIndicatorData(handle, { now: NOW });
  const keys = await series.listSeriesKeys(handle.db);
  seriesIds = new Map(keys.map((s) => [s.code, s.id]));
});
afterAll(async () => handle.destroy());

const publicValues = (filter: Omit<observations.ObservationFilter, 'view'> = {}) =>
  observations.listObservationValues(handle.db, { ...filter, view: 'public' });

describe('seedIndicatorData, on a fresh database after the reference seed', () => {
  it('writes every series and every value of the shipped files, with nothing left out', async () => {
    expect(data.series.length).toBeGreaterThanOrEqual(400);
    expect(data.countryObservations.length).toBeGreaterThanOrEqual(50_000);
    expect(new Set(data.countryObservations.map((o) => o.area)).size).toBe(10);
    expect(first).toMatchObject({
      series: data.series.length,
      countryObservations: data.countryObservations.length,
      cityObservations: data.cityObservations.length,
      unknownCities: 0,
      changed: true,
    });
    const { total } = await series.listSeries(handle.db);
    expect(total).toBe(data.series.length);
    const values = await publicValues();
    expect(values).toHaveLength(data.countryObservations.length + data.cityObservations.length);
  });

  it('stores a known UN value as the file gives it, approved at version 1 with its history', async () => {
    const row = data.countryObservations.find(
      (o) =>
        o.area === 'IDN' &&
        o.series === 'SL_TLF_UEM' &&
        o.year === 2018 &&
        o.disaggregation === 'age=15_24;sex=female',
    );
    expect(row).toBeDefined();
    const [value, ...others] = (
      await publicValues({
        areaKeys: ['country:IDN'],
        seriesIds: [seriesIds.get('SL_TLF_UEM') ?? ''],
        year: 2018,
      })
    ).filter((v) => v.disaggregation_key === 'age=15_24;sex=female');
    expect(others).toHaveLength(0);
    expect(value).toMatchObject({
      value: row?.value,
      country_iso3: 'IDN',
      city_id: null,
      status: 'approved',
      version: 1,
      approved_version: 1,
      nature: row?.nature,
      source: 'UN SDG Global Database, 2020-10',
    });
    const stored = await observations.findObservation(handle.db, value?.id ?? '');
    expect(stored).toMatchObject({ updated_by: SEED_ACTOR, updated_at: NOW.toISOString() });
    const history = await observations.listVersions(handle.db, value?.id ?? '');
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({
      version: 1,
      status: 'approved',
      change: 'created',
      reason: 'Seeded from UN SDG Global Database, 2020-10',
      changed_by: SEED_ACTOR,
    });
  });

  it('keeps the estimated flag and the footnote of a bound', async () => {
    const estimated = data.countryObservations.find((o) => o.flags.estimated);
    const bound = data.countryObservations.find((o) => o.footnote?.startsWith('Reported as'));
    for (const row of [estimated, bound]) {
      const found = (
        await publicValues({
          areaKeys: [`country:${row?.area}`],
          seriesIds: [seriesIds.get(row?.series ?? '') ?? ''],
          year: row?.year,
        })
      ).find((v) => v.disaggregation_key === row?.disaggregation);
      expect(found).toMatchObject({
        value: row?.value,
        estimated: row?.flags.estimated ? 1 : 0,
        footnote: row?.footnote,
      });
    }
  });

  it('has city values for Bangkok, Jakarta, Manila and Singapore, as the file gives them', async () => {
    const cities = await listCityRefsBySlug(handle.db, [
      'bangkok',
      'jakarta',
      'manila',
      'singapore',
    ]);
    expect(cities).toHaveLength(4);
    for (const city of cities) {
      const values = await publicValues({ areaKeys: [`city:${city.id}`] });
      const expected = data.cityObservations.filter((o) => o.area === city.slug);
      expect(values.length, city.slug).toBe(expected.length);
      const waste = values.filter((v) => v.series_id === seriesIds.get('EN_REF_WASCOL'));
      expect(waste.length, city.slug).toBeGreaterThan(0);
      for (const v of values) expect(v).toMatchObject({ city_id: city.id, country_iso3: null });
    }
    const singapore = cities.find((c) => c.slug === 'singapore');
    const emissions = await publicValues({
      areaKeys: [`city:${singapore?.id}`],
      seriesIds: [seriesIds.get('FR_GHG_SCOPE1') ?? ''],
    });
    expect(emissions.map((v) => v.source)).toContain(
      'CDP–ICLEI city-wide emissions, reporting year 2021',
    );
  });

  it('links series to 2023 indicators through their numbers, repeated ones by the first', async () => {
    const codes = await series.listIndicatorCodes(handle.db);
    const linked = async (code: string) =>
      (await series.findSeriesByCode(handle.db, code))?.indicator_id;
    expect(await linked('EN_REF_WASCOL')).toBe(codes.get('11.6.1'));
    expect(await linked('FR_GHG_PER_CAPITA')).toBe(codes.get('13.2.2'));
    expect(await linked('VC_DSR_MORT')).toBe(codes.get('1.5.1'));
    const withNumber = data.series.filter((s) => s.indicator !== '').length;
    expect(first.seriesLinked + first.seriesUnlinked).toBe(withNumber);
    expect(first.unlinkedIndicators.length === 0).toBe(first.seriesUnlinked === 0);
  });

  it('stores disaggregation keys that round-trip through parseDisaggregationKey', async () => {
    const keys = new Set((await publicValues()).map((v) => v.disaggregation_key));
    expect(keys.size).toBeGreaterThan(100);
    for (const key of keys) expect(disaggregationKey(parseDisaggregationKey(key))).toBe(key);
  });

  it('adds nothing when run again', async () => {
    const before = await publicValues();
    const again = await seedIndicatorData(handle);
    expect(again).toMatchObject({ changed: false, countryObservations: 0, cityObservations: 0 });
    expect(await publicValues()).toHaveLength(before.length);
    expect((await series.listSeries(handle.db)).total).toBe(data.series.length);
  });
});

describe('seedIndicatorData, from two servers at once', () => {
  // better-sqlite3 is synchronous: two handles in one process would block each other in the
  // busy handler. Across processes SQLite serialises the two transactions (busy timeout).
  it.runIf(testDialect() === 'postgres')('writes each value once', async () => {
    const fresh = await createTestDatabase();
    const other = openDatabase({ dialect: 'postgres', url: fresh.url ?? '' });
    try {
      await seedReferenceData(fresh);
      const results = await Promise.all([
        seedIndicatorData(fresh, { data }),
        seedIndicatorData(other, { data }),
      ]);
      const written = results.reduce((n, r) => n + r.countryObservations + r.cityObservations, 0);
      const total = data.countryObservations.length + data.cityObservations.length;
      expect(written).toBe(total);
      const values = await observations.listObservationValues(fresh.db, { view: 'public' });
      expect(values).toHaveLength(total);
    } finally {
      await other.destroy();
      await fresh.destroy();
    }
  });
});
