import { observationsRepository, seriesRepository, type Executor } from '@frontrunner/db';
import type { ReportIndicator } from '@frontrunner/domain';
import { areaKey, type Area } from '../observations/area';
import { listCityTargets } from '../observations/city-target.service';

/** Goal number of a UN indicator number, e.g. "11.6.2" → 11. */
const goalOf = (code: string | undefined): number | null => {
  const goal = Number(code?.split('.')[0]);
  return Number.isInteger(goal) && goal >= 1 && goal <= 17 ? goal : null;
};

/**
 * The indicator tables of an area: the public (approved) totals of every series it has, oldest
 * first, each value citing its observation and version; with the city's targets and scores.
 */
export async function indicatorsOf(
  db: Executor,
  area: Area,
  scores: ReadonlyMap<string, { score: number | null; colour: ReportIndicator['dashboard'] }>,
): Promise<ReportIndicator[]> {
  const rows = (
    await observationsRepository.listObservationValues(db, {
      areaKeys: [areaKey(area)],
      view: 'public',
    })
  ).filter((r) => r.disaggregation_key === '');
  const series = await seriesRepository.listSeriesById(db, [
    ...new Set(rows.map((r) => r.series_id)),
  ]);
  const indicatorCodes = await seriesRepository.listIndicatorFirstCodes(db);
  const targets =
    area.kind === 'city'
      ? new Map(
          (await listCityTargets(db, area))
            .filter((t) => Object.keys(t.disaggregation).length === 0)
            .map((t) => [t.series, { value: t.targetValue, year: t.targetYear }]),
        )
      : new Map<string, { value: number; year: number }>();
  const geo = area.kind === 'city' ? area.slug : area.iso3;
  const result = series.map((s): ReportIndicator => {
    const indicator = s.indicator_id ? (indicatorCodes.get(s.indicator_id) ?? null) : null;
    const goal = goalOf(indicator ?? undefined);
    const points = rows
      .filter((r) => r.series_id === s.id)
      .map((r) => ({
        year: Number(r.year),
        value: Number(r.value),
        citation: {
          observationId: r.id,
          version: Number(r.version),
          series: s.code,
          source: r.source ?? s.source,
          year: Number(r.year),
          value: Number(r.value),
          unit: s.unit,
          area: geo,
        },
      }))
      .sort((a, b) => a.year - b.year);
    const scored = scores.get(s.code);
    return {
      series: s.code,
      name: s.name,
      unit: s.unit,
      decimals: Number(s.decimals),
      goals: goal === null ? [] : [goal],
      indicator,
      points,
      target: targets.get(s.code) ?? null,
      score: scored?.score ?? null,
      dashboard: scored?.colour ?? null,
    };
  });
  return result.sort(
    (a, b) => (a.goals[0] ?? 99) - (b.goals[0] ?? 99) || a.series.localeCompare(b.series),
  );
}
