import {
  cityRefsRepository,
  observationsRepository as repo,
  seriesRepository,
  type Executor,
} from '@frontrunner/db';
import {
  parseDisaggregationKey,
  type ObservationNature,
  type ObservationRecord,
} from '@frontrunner/domain';
import type { Actor } from '../access/actor';
import { areaKey, type Area } from './area';
import { effectiveView, type ObservationViewKind } from './observation.service';

/**
 * The values of an area as exchange records (what every export format writes): the public,
 * approved values by default; the working values for those allowed to read the city's drafts.
 */
export async function exportRecords(
  db: Executor,
  actor: Actor,
  query: { area: Area; series?: readonly string[] | undefined; view: ObservationViewKind },
): Promise<{ view: ObservationViewKind; records: ObservationRecord[] }> {
  const view = effectiveView(actor, query.area, query.view);
  const seriesRows = query.series
    ? (
        await Promise.all(query.series.map((code) => seriesRepository.findSeriesByCode(db, code)))
      ).filter((s): s is seriesRepository.SeriesRow => s !== undefined)
    : undefined;
  const rows = await repo.listObservationValues(db, {
    areaKeys: [areaKey(query.area)],
    seriesIds: seriesRows?.map((s) => s.id),
    view,
  });
  const geoCode = query.area.kind === 'city' ? query.area.slug : query.area.iso3;
  return { view, records: await toRecords(db, rows, () => geoCode) };
}

/** Every public value of every city and country, grouped by area code, for the bulk download. */
export async function exportAllPublic(db: Executor): Promise<Map<string, ObservationRecord[]>> {
  const rows = await repo.listObservationValues(db, { view: 'public' });
  const cityIds = [...new Set(rows.flatMap((r) => (r.city_id ? [r.city_id] : [])))];
  const slugs = new Map(
    (await cityRefsRepository.listCityRefsById(db, cityIds)).map((c) => [c.id, c.slug]),
  );
  const records = await toRecords(db, rows, (row) =>
    row.city_id ? (slugs.get(row.city_id) ?? row.city_id) : (row.country_iso3 ?? ''),
  );
  const byArea = new Map<string, ObservationRecord[]>();
  for (const record of records)
    byArea.set(record.geoCode, [...(byArea.get(record.geoCode) ?? []), record]);
  return byArea;
}

async function toRecords(
  db: Executor,
  rows: readonly repo.ObservationValueRow[],
  geoCodeOf: (row: repo.ObservationValueRow) => string,
): Promise<ObservationRecord[]> {
  const series = new Map(
    (await seriesRepository.listSeriesById(db, [...new Set(rows.map((r) => r.series_id))])).map(
      (s) => [s.id, s],
    ),
  );
  const indicatorCodes = await seriesRepository.listIndicatorFirstCodes(db);
  return rows.map((row) => {
    const s = series.get(row.series_id);
    return {
      geoCode: geoCodeOf(row),
      series: s?.code ?? row.series_id,
      indicator: s?.indicator_id ? indicatorCodes.get(s.indicator_id) : undefined,
      unit: s?.unit ?? '',
      year: Number(row.year),
      value: Number(row.value),
      disaggregation: parseDisaggregationKey(row.disaggregation_key),
      flags: {
        estimated: Boolean(row.estimated),
        provisional: Boolean(row.provisional),
        breakInSeries: Boolean(row.break_in_series),
      },
      footnote: row.footnote ?? undefined,
      source: row.source ?? undefined,
      nature: (row.nature ?? undefined) as ObservationNature | undefined,
    };
  });
}
