import { frameworkRepository, seriesRepository, type Executor } from '@frontrunner/db';
import { NotFoundError } from '@frontrunner/domain';
import { toSeriesView, type SeriesView } from './observation-view';

/** A page of series, optionally of one indicator (any of its numbers or its UNSD code). */
export async function listSeries(
  db: Executor,
  query: { indicator?: string | undefined; q?: string | undefined; limit: number; offset: number },
): Promise<{ items: SeriesView[]; total: number }> {
  let indicatorIds: string[] | undefined;
  if (query.indicator) {
    const indicator = await frameworkRepository.findIndicatorByCode(db, query.indicator);
    if (!indicator) throw new NotFoundError('indicator', query.indicator);
    indicatorIds = [indicator.id];
  }
  const { rows, total } = await seriesRepository.listSeries(db, {
    indicatorIds,
    q: query.q,
    limit: query.limit,
    offset: query.offset,
  });
  return { items: rows.map(toSeriesView), total };
}

/** One series by code; throws {@link NotFoundError}. */
export async function getSeries(db: Executor, code: string): Promise<SeriesView> {
  const row = await seriesRepository.findSeriesByCode(db, code);
  if (!row) throw new NotFoundError('series', code);
  return toSeriesView(row);
}
