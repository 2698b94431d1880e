import {
  migrateToLatest,
  openDatabase,
  seedReferenceData,
  type DatabaseHandle,
} from '@frontrunner/db';
import type { Logger } from 'pino';
import type { Config } from './config';

/**
 * Opens the configured database and brings it up to date: pending migrations, then the
 * reference data (SDG framework, countries, cities) if it is not there yet.
 */
export async function prepareDatabase(config: Config, log: Logger): Promise<DatabaseHandle> {
  const handle = openDatabase(config.database);
  const { applied } = await migrateToLatest(handle);
  if (applied.length > 0) log.info({ applied }, 'database migrated');
  const seeded = await seedReferenceData(handle);
  if (seeded.changed) {
    log.info(
      {
        goals: seeded.goals,
        targets: seeded.targets,
        indicators: seeded.indicators,
        cities: seeded.cities,
      },
      'reference data seeded',
    );
  }
  return handle;
}
