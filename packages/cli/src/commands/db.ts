import { migrateToLatest, openDatabase, seedReferenceData } from '@frontrunner/db';
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
    .description('Seed the SDG framework, ASEAN countries and cities where missing (idempotent)')
    .option('--json', 'print the counts as JSON')
    .action(async (options: { json?: boolean }) => {
      const handle = openDatabase(loadConfig().database);
      try {
        await migrateToLatest(handle);
        const result = await seedReferenceData(handle);
        if (!result.changed) say('Reference data was already there; nothing changed.');
        output(
          result,
          Boolean(options.json),
          () =>
            `${result.goals} goals, ${result.targets} targets, ${result.indicators} indicators (${result.indicatorLinks} listings), ${result.countries} countries, ${result.cities} cities`,
        );
      } finally {
        await handle.destroy();
      }
    });
}
