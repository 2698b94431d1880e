import {
  cityTargetsRepository as repo,
  seriesRepository,
  type Executor,
  withTransaction,
} from '@frontrunner/db';
import {
  disaggregationKey,
  NotFoundError,
  parseDisaggregationKey,
  ValidationError,
  type Disaggregation,
} from '@frontrunner/domain';
import { randomUUID } from 'node:crypto';
import type { ActionContext } from '../access/actor';
import { authorize } from '../access/policy';
import { describeActor, recordAudit } from '../audit/audit.service';
import type { Clock } from '../clock';
import { areaResource, type Area } from './area';

/** A city's target for a series, with its baseline. */
export interface CityTargetView {
  series: string;
  disaggregation: Disaggregation;
  targetValue: number;
  targetYear: number;
  baselineValue: number | null;
  baselineYear: number | null;
  note: string | null;
  updatedAt: string;
}

/** A city's targets (public: targets are plans the city publishes). */
export async function listCityTargets(
  db: Executor,
  area: Extract<Area, { kind: 'city' }>,
): Promise<CityTargetView[]> {
  const rows = await repo.listCityTargets(db, area.id);
  const codes = new Map(
    (await seriesRepository.listSeriesById(db, [...new Set(rows.map((r) => r.series_id))])).map(
      (s) => [s.id, s.code],
    ),
  );
  return rows.map((r) => ({
    series: codes.get(r.series_id) ?? r.series_id,
    disaggregation: parseDisaggregationKey(r.disaggregation_key),
    targetValue: Number(r.target_value),
    targetYear: Number(r.target_year),
    baselineValue: r.baseline_value === null ? null : Number(r.baseline_value),
    baselineYear: r.baseline_year === null ? null : Number(r.baseline_year),
    note: r.note,
    updatedAt: r.updated_at,
  }));
}

/** Sets (creates or replaces) a city's target for a series; audited with before and after. */
export async function setCityTarget(
  db: Executor,
  ctx: ActionContext,
  request: {
    area: Extract<Area, { kind: 'city' }>;
    series: string;
    disaggregation: Disaggregation;
    targetValue: number;
    targetYear: number;
    baselineValue?: number | null | undefined;
    baselineYear?: number | null | undefined;
    note?: string | null | undefined;
  },
  clock: Clock,
): Promise<CityTargetView> {
  authorize(ctx.actor, 'city_target.write', areaResource(request.area));
  const series = await seriesRepository.findSeriesByCode(db, request.series);
  if (!series) throw new NotFoundError('series', request.series);
  const problems = [];
  if ((request.baselineValue == null) !== (request.baselineYear == null)) {
    problems.push({ field: 'baselineYear', message: 'a baseline needs both a value and a year' });
  }
  if (request.baselineYear != null && request.baselineYear >= request.targetYear) {
    problems.push({ field: 'targetYear', message: 'must be after the baseline year' });
  }
  if (problems.length > 0) throw new ValidationError('Invalid city target', problems);
  const at = clock();
  const key = {
    cityId: request.area.id,
    seriesId: series.id,
    disaggregationKey: disaggregationKey(request.disaggregation),
  };
  await withTransaction(db, async (trx) => {
    const before = await repo.findCityTarget(trx, key);
    const row = {
      id: before?.id ?? randomUUID(),
      city_id: key.cityId,
      series_id: key.seriesId,
      disaggregation_key: key.disaggregationKey,
      target_value: request.targetValue,
      target_year: request.targetYear,
      baseline_value: request.baselineValue ?? null,
      baseline_year: request.baselineYear ?? null,
      note: request.note?.trim() || null,
      updated_at: at.toISOString(),
      updated_by: describeActor(ctx.actor).id ?? 'anonymous',
    };
    await repo.upsertCityTarget(trx, row);
    await recordAudit(trx, ctx, at, {
      action: 'city_target.write',
      entityType: 'city_target',
      entityId: row.id,
      cityId: request.area.id,
      country: request.area.country,
      before: before ?? null,
      after: row,
    });
  });
  const views = await listCityTargets(db, request.area);
  const view = views.find(
    (v) =>
      v.series === series.code && disaggregationKey(v.disaggregation) === key.disaggregationKey,
  );
  if (!view) throw new NotFoundError('city target', request.series);
  return view;
}
