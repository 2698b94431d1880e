import {
  frameworkRepository,
  seedReferenceData,
  seriesRepository,
  type DatabaseHandle,
} from '@frontrunner/db';
import { createTestDatabase } from '@frontrunner/db/testing';
import { LOCAL_OPERATOR } from '../access/actor';
import { manualClock } from '../clock';
import { getCityArea } from '../observations/area';
import { listObservations, saveObservations } from '../observations/observation.service';
import { reviewObservations } from '../observations/review.service';
import { setCityTarget } from '../observations/city-target.service';

/** The series the report fixtures fill: PM2.5 under indicator 11.6.2. */
export const FIXTURE_SERIES = 'FR_REPORT_PM25';

/** Values entered for Battambang, oldest first; 2023 stays a draft (never public). */
export const FIXTURE_VALUES = [
  { year: 2019, value: 31.25, approve: true },
  { year: 2021, value: 27.5, approve: true },
  { year: 2022, value: 24.75, approve: true },
  { year: 2023, value: 99.5, approve: false },
] as const;

/** The city target set for the series. */
export const FIXTURE_TARGET = { value: 15, year: 2030 } as const;

/**
 * A seeded test database where Battambang has approved PM2.5 values (one draft left unapproved)
 * and a target, entered and reviewed through the services as the local operator.
 */
export async function buildReportFixture(): Promise<DatabaseHandle> {
  const handle = await createTestDatabase();
  await seedReferenceData(handle);
  const { db } = handle;
  const clock = manualClock(new Date('2025-05-01T00:00:00Z'));
  const indicator = await frameworkRepository.findIndicatorByCode(db, '11.6.2');
  const now = clock().toISOString();
  await seriesRepository.insertSeries(db, [
    {
      id: 'series-report-pm25',
      code: FIXTURE_SERIES,
      indicator_id: indicator?.id ?? null,
      local_indicator_id: null,
      name: 'Annual mean PM2.5',
      unit: 'µg/m³',
      direction: 'lower',
      decimals: 2,
      source: 'Ministry of Environment',
      created_at: now,
      updated_at: now,
    },
  ]);
  const ctx = { actor: LOCAL_OPERATOR };
  const area = await getCityArea(db, 'battambang');
  await saveObservations(
    db,
    ctx,
    {
      area,
      entries: FIXTURE_VALUES.map((v) => ({
        series: FIXTURE_SERIES,
        year: v.year,
        value: v.value,
        disaggregation: {},
      })),
    },
    clock,
  );
  const working = await listObservations(db, LOCAL_OPERATOR, { area, view: 'working' });
  const ids = working.items.map((o) => o.id);
  await reviewObservations(db, ctx, { ids, action: 'submit' }, clock);
  const approve = working.items
    .filter((o) => FIXTURE_VALUES.find((v) => v.year === o.year)?.approve)
    .map((o) => o.id);
  await reviewObservations(db, ctx, { ids: approve, action: 'approve' }, clock);
  await setCityTarget(
    db,
    ctx,
    {
      area,
      series: FIXTURE_SERIES,
      disaggregation: {},
      targetValue: FIXTURE_TARGET.value,
      targetYear: FIXTURE_TARGET.year,
    },
    clock,
  );
  return handle;
}
