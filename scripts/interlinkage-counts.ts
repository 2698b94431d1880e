/**
 * The data-derived interlinkages of the shipped data: for each ASEAN country and for ASEAN
 * pooled, the synergies and trade-offs found (series and target level), and how long the first
 * read (compute and store) and a second read (stored run) take. Runs on a fresh, self-removing
 * database of the test dialect (FRONTRUNNER_TEST_DIALECT=postgres for PostgreSQL).
 *
 *   npx tsx scripts/interlinkage-counts.ts
 *
 * Prints one JSON line per scope, then a Markdown table on stderr.
 */
import { seedIndicatorData, seedInterlinkageSeries, seedReferenceData } from '@frontrunner/db';
import { createTestDatabase } from '@frontrunner/db/testing';
import { ASEAN_COUNTRIES } from '@frontrunner/domain';
import { interlinkageService as il, systemClock } from '@frontrunner/services';

const handle = await createTestDatabase();
try {
  await seedReferenceData(handle);
  await seedIndicatorData(handle);
  const catalogue = await seedInterlinkageSeries(handle.db);
  process.stderr.write(`${handle.dialect}: ${catalogue.inserted} catalogue series\n`);
  const rows: string[] = [];
  const scopes = [...ASEAN_COUNTRIES.map((c) => il.countryScope(c.iso3)), il.ASEAN_SCOPE];
  for (const scope of scopes) {
    const t0 = performance.now();
    const first = await il.getNetwork(handle.db, scope, { clock: systemClock });
    const t1 = performance.now();
    const again = await il.getNetwork(handle.db, scope, { clock: systemClock });
    const t2 = performance.now();
    if (!first.run || again.run?.id !== first.run.id) throw new Error('run not stored');
    const c = first.run.counts;
    const line = {
      dialect: handle.dialect,
      scope: first.scope.code,
      series: c.series,
      observations: c.observations,
      seriesPairs: c.seriesPairs,
      seriesSynergies: c.seriesSynergies,
      seriesTradeOffs: c.seriesTradeOffs,
      targetPairs: c.targetPairs,
      targetSynergies: c.targetSynergies,
      targetTradeOffs: c.targetTradeOffs,
      firstReadMs: Math.round(t1 - t0),
      storedReadMs: Math.round(t2 - t1),
    };
    process.stdout.write(`${JSON.stringify(line)}\n`);
    rows.push(
      `| ${line.scope} | ${line.series} | ${line.seriesPairs} | ${line.seriesSynergies} | ${line.seriesTradeOffs} | ${line.targetPairs} | ${line.targetSynergies} | ${line.targetTradeOffs} | ${line.firstReadMs} | ${line.storedReadMs} |`,
    );
  }
  process.stderr.write(
    [
      '| scope | series | series pairs | synergies | trade-offs | target pairs | synergies | trade-offs | first read ms | stored read ms |',
      '|---|---|---|---|---|---|---|---|---|---|',
      ...rows,
      '',
    ].join('\n'),
  );
} finally {
  await handle.destroy();
}
