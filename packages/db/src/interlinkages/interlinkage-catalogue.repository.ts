import type { Insertable, Selectable } from 'kysely';
import type { Executor } from '../connection/connect';
import type { Database } from '../schema';

export type InterlinkageSeriesRow = Selectable<Database['interlinkage_series']>;
export type NewInterlinkageSeries = Insertable<Database['interlinkage_series']>;

/** A series the analysis can read: it has a direction and maps to a target. */
export interface AnalysisSeriesRow {
  id: string;
  code: string;
  direction: 'higher' | 'lower';
  /** The disaggregation read: the catalogue's, else the headline (''). */
  disaggregation_key: string;
  /** The target of the indicator's first listing (or of the local indicator's first target). */
  target_code: string;
}

/** Catalogue rows whose series is not there yet are added; existing rows are left as they are. */
export async function insertCatalogueIfAbsent(
  db: Executor,
  rows: readonly NewInterlinkageSeries[],
): Promise<number> {
  let inserted = 0;
  for (let i = 0; i < rows.length; i += 200) {
    const result = await db
      .insertInto('interlinkage_series')
      .values(rows.slice(i, i + 200))
      .onConflict((oc) => oc.column('series_id').doNothing())
      .returning('series_id')
      .execute();
    inserted += result.length;
  }
  return inserted;
}

/** Every catalogue row, by series id. */
export async function listCatalogue(db: Executor): Promise<InterlinkageSeriesRow[]> {
  return db.selectFrom('interlinkage_series').selectAll().orderBy('series_id').execute();
}

/**
 * Every series the analysis can read, by code: those with a direction (from the catalogue,
 * else the series' own) and a target. A global indicator repeated under several targets counts
 * under its first listing only (`indicator.code`), so one series is never linked to itself
 * through two targets; a local indicator counts under its first mapped target in framework order.
 */
export async function listAnalysisSeries(db: Executor): Promise<AnalysisSeriesRow[]> {
  const rows = await db
    .selectFrom('series as s')
    .leftJoin('interlinkage_series as c', 'c.series_id', 's.id')
    .leftJoin('indicator as i', 'i.id', 's.indicator_id')
    .leftJoin('indicator_target as it', (join) =>
      join.onRef('it.indicator_id', '=', 'i.id').onRef('it.code', '=', 'i.code'),
    )
    .where((eb) => eb.or([eb('c.direction', 'is not', null), eb('s.direction', 'is not', null)]))
    .select([
      's.id',
      's.code',
      's.local_indicator_id',
      's.direction as series_direction',
      'c.direction as catalogue_direction',
      'c.disaggregation_key',
      'it.target_code',
    ])
    .orderBy('s.code')
    .execute();
  const localIds = [
    ...new Set(
      rows.flatMap((r) => (!r.target_code && r.local_indicator_id ? [r.local_indicator_id] : [])),
    ),
  ];
  const localTargets = new Map<string, string>();
  if (localIds.length > 0) {
    const mapped = await db
      .selectFrom('local_indicator_target as lt')
      .innerJoin('target as t', 't.code', 'lt.target_code')
      .where('lt.local_indicator_id', 'in', localIds)
      .select(['lt.local_indicator_id', 'lt.target_code'])
      .orderBy('t.position')
      .execute();
    for (const m of mapped)
      if (!localTargets.has(m.local_indicator_id))
        localTargets.set(m.local_indicator_id, m.target_code);
  }
  return rows.flatMap((r) => {
    const direction = r.catalogue_direction ?? r.series_direction;
    const target =
      r.target_code ?? (r.local_indicator_id ? localTargets.get(r.local_indicator_id) : undefined);
    if (!direction || !target) return [];
    return [
      {
        id: r.id,
        code: r.code,
        direction,
        disaggregation_key: r.disaggregation_key ?? '',
        target_code: target,
      },
    ];
  });
}

/** How many approved slots an area has among some series, and the sum of their approved versions. */
export interface ApprovalTally {
  area_key: string;
  slots: number;
  versions: number;
}

/**
 * A cheap tally that changes whenever an approval touches the given areas and series: an
 * approval sets a slot's `approved_version` to a new, higher version, and slots are never
 * removed, so the count and the sum of approved versions only ever grow.
 */
export async function tallyApprovals(
  db: Executor,
  areaKeys: readonly string[],
  seriesIds: readonly string[],
): Promise<ApprovalTally[]> {
  if (areaKeys.length === 0 || seriesIds.length === 0) return [];
  const rows = await db
    .selectFrom('observation')
    .where('area_key', 'in', areaKeys)
    .where('series_id', 'in', seriesIds)
    .where('approved_version', 'is not', null)
    .groupBy('area_key')
    .select((eb) => [
      'area_key',
      eb.fn.countAll<number>().as('slots'),
      eb.fn.sum<number>('approved_version').as('versions'),
    ])
    .orderBy('area_key')
    .execute();
  return rows.map((r) => ({
    area_key: r.area_key,
    slots: Number(r.slots),
    versions: Number(r.versions),
  }));
}
