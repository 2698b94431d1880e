import {
  interlinkageCatalogueRepository,
  observationsRepository,
  seedIndicatorData,
  seedInterlinkageSeries,
  type Executor,
} from '@frontrunner/db';
import { alignDirection, spearman } from '@frontrunner/domain';
import { buildAccountsApp } from './accounts-fixtures';

/** An accounts app over the shipped indicator data and interlinkage catalogue. */
export async function buildInterlinkagesApp() {
  const t = await buildAccountsApp();
  await seedIndicatorData(t.handle);
  await seedInterlinkageSeries(t.handle.db);
  return t;
}

/**
 * The approved values of a catalogue series in an area, read straight from the database and
 * aligned so that up is desirable: year → value. Independent of the interlinkage services.
 */
export async function alignedValues(
  db: Executor,
  areaKey: string,
  code: string,
): Promise<Map<number, number>> {
  const entry = (await interlinkageCatalogueRepository.listAnalysisSeries(db)).find(
    (s) => s.code === code,
  );
  if (!entry) throw new Error(`${code} is not in the analysis catalogue`);
  const rows = (
    await observationsRepository.listObservationValues(db, {
      view: 'public',
      areaKeys: [areaKey],
      seriesIds: [entry.id],
    })
  ).filter((r) => r.disaggregation_key === entry.disaggregation_key);
  const aligned = alignDirection(
    rows.map((r) => Number(r.value)),
    entry.direction,
  );
  return new Map(rows.map((r, i) => [Number(r.year), aligned[i] as number]));
}

/** Spearman's ρ by hand over the years two series share, with that number of years. */
export function handSpearman(
  x: ReadonlyMap<number, number>,
  y: ReadonlyMap<number, number>,
): { rho: number | null; n: number } {
  const years = [...x.keys()].filter((year) => y.has(year));
  return {
    rho: spearman(
      years.map((year) => x.get(year) as number),
      years.map((year) => y.get(year) as number),
    ),
    n: years.length,
  };
}
