import {
  migrateToLatest,
  openDatabase,
  seedCodebook,
  seedIndicatorData,
  seedInterlinkageSeries,
  seedReferenceData,
} from '@frontrunner/db';
import { loadConfig } from '@frontrunner/server';
import type { Command } from 'commander';
import { output, say } from '../context';

/** `frontrunner db migrate|seed`. */
export function registerDb(program: Command): void {
  const db = program.command('db').description('Database maintenance');
  db.command('migrate')
    .description('Apply pending migrations (never destructive); the server also does this on start')
    .option('--json', 'print the result as JSON')
    .action(async (options: { json?: boolean }) => {
      const handle = openDatabase(loadConfig().database);
      try {
        const result = await migrateToLatest(handle);
        output(result, Boolean(options.json), () =>
          result.applied.length === 0
            ? 'Database is up to date.'
            : `Applied: ${result.applied.join(', ')}`,
        );
      } finally {
        await handle.destroy();
      }
    });
  db.command('seed')
    .description(
      'Seed the SDG framework, ASEAN countries and cities, the published indicator data and the default city indicator set (codebook version 1), where missing (idempotent)',
    )
    .option('--json', 'print the counts as JSON')
    .action(async (options: { json?: boolean }) => {
      const handle = openDatabase(loadConfig().database);
      try {
        await migrateToLatest(handle);
        const reference = await seedReferenceData(handle);
        const indicators = await seedIndicatorData(handle);
        const interlinkages = await seedInterlinkageSeries(handle.db);
        const codebook = await seedCodebook(handle);
        if (
          !reference.changed &&
          !indicators.changed &&
          interlinkages.inserted === 0 &&
          !codebook.changed
        )
          say('Everything was already there; nothing changed.');
        output(
          { reference, indicators, interlinkages, codebook },
          Boolean(options.json),
          () =>
            `${reference.goals} goals, ${reference.targets} targets, ${reference.indicators} indicators (${reference.indicatorLinks} listings), ${reference.countries} countries, ${reference.cities} cities; ` +
            `${indicators.series} series, ${indicators.countryObservations} national and ${indicators.cityObservations} city values added; ${interlinkages.inserted} series directions for interlinkages added; ${codebook.changed ? `codebook version 1 with ${codebook.entries} indicators` : 'codebook already there'}`,
        );
      } finally {
        await handle.destroy();
      }
    });
}
