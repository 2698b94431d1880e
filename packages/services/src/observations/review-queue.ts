import {
  cityRefsRepository,
  observationsRepository as repo,
  seriesRepository,
  type Executor,
} from '@frontrunner/db';
import { parseDisaggregationKey, type Disaggregation } from '@frontrunner/domain';
import type { ActionContext } from '../access/actor';
import { reviewQueue } from './review.service';

/** A submitted value as a reviewer sees it in the queue. */
export interface ReviewQueueItem {
  id: string;
  city: string;
  cityName: string;
  series: string;
  year: number;
  disaggregation: Disaggregation;
  value: number;
  /** What the public sees now, if the value was approved before. */
  approvedValue: number | null;
  footnote: string | null;
  submittedAt: string;
  submittedBy: string;
}

/** The actor's review queue with what a reviewer needs to decide. */
export async function reviewQueueItems(
  db: Executor,
  ctx: ActionContext,
  page: { limit: number; offset: number },
): Promise<{ items: ReviewQueueItem[]; total: number }> {
  const { rows, total } = await reviewQueue(db, ctx, page);
  const cities = new Map(
    (
      await cityRefsRepository.listCityRefsById(db, [
        ...new Set(rows.flatMap((r) => (r.city_id ? [r.city_id] : []))),
      ])
    ).map((c) => [c.id, c]),
  );
  const series = new Map(
    (await seriesRepository.listSeriesById(db, [...new Set(rows.map((r) => r.series_id))])).map(
      (s) => [s.id, s.code],
    ),
  );
  // The values the public sees now: one query for the whole page, not one per row.
  const approved = await repo.listVersionsAt(
    db,
    rows.flatMap((r) =>
      r.approved_version === null
        ? []
        : [{ observationId: r.id, version: Number(r.approved_version) }],
    ),
  );
  const approvedValue = new Map(
    approved.filter((v) => !v.deleted).map((v) => [v.observation_id, Number(v.value)]),
  );
  const items: ReviewQueueItem[] = rows.map((row) => {
    const city = row.city_id ? cities.get(row.city_id) : undefined;
    return {
      id: row.id,
      city: city?.slug ?? '',
      cityName: city?.name ?? '',
      series: series.get(row.series_id) ?? row.series_id,
      year: Number(row.year),
      disaggregation: parseDisaggregationKey(row.disaggregation_key),
      value: Number(row.value),
      approvedValue: approvedValue.get(row.id) ?? null,
      footnote: row.footnote,
      submittedAt: row.updated_at,
      submittedBy: row.updated_by,
    };
  });
  return { items, total };
}
