import {
  indexReferenceData,
  migrateToLatest,
  openDatabase,
  seedCodebook,
  seedIndicatorData,
  seedInterlinkageSeries,
  seedReferenceData,
  type DatabaseHandle,
} from '@frontrunner/db';
import {
  adminService,
  knowledgeService,
  observationService,
  projectService,
  seedDemoCapacity,
  seedDemoUsers,
  systemClock,
} from '@frontrunner/services';
import type { Logger } from 'pino';
import type { Config } from './config';

/**
 * Opens the configured database and brings it up to date: pending migrations, then the
 * reference data (SDG framework, countries, cities), the published indicator data (UNSD
 * national series, city series) and the interlinkage series directions if they are not there yet.
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
  const indicators = await seedIndicatorData(handle);
  if (indicators.changed) {
    log.info(
      {
        series: indicators.series,
        countryObservations: indicators.countryObservations,
        cityObservations: indicators.cityObservations,
      },
      'indicator data seeded',
    );
  }
  const codebook = await seedCodebook(handle);
  if (codebook.changed) {
    log.info(
      { entries: codebook.entries, seriesCreated: codebook.seriesCreated },
      'default city indicator set seeded as codebook version 1',
    );
  }
  const catalogue = await seedInterlinkageSeries(handle.db);
  if (catalogue.inserted > 0)
    log.info({ inserted: catalogue.inserted }, 'interlinkage series directions seeded');
  // Cities and indicators in the search index (idempotent, a fraction of a second), so the
  // first search does not pay for it.
  try {
    const indexed = await handle.db
      .transaction()
      .execute((trx) => indexReferenceData(trx, new Date()));
    if (indexed.cities + indexed.indicators > 0)
      log.info(indexed, 'search index: cities and indicators added');
  } catch (err) {
    // Another server indexing at the same moment; the first search completes what is missing.
    log.warn({ err }, 'search index not prepared at start; it will be on first search');
  }
  return handle;
}

/**
 * Accounts at start: in demo mode, seeds one demo user per role (docs/demo.md) and the demo
 * capacity data (a cohort, a workshop, surveys, a self-assessment), four demo model
 * projects, three demo cases grown from them and two projects that replicate those cases; on
 * a database without users, says how to create the first administrator.
 */
export async function prepareAccounts(
  handle: DatabaseHandle,
  config: Pick<Config, 'demo'>,
  log: Logger,
): Promise<void> {
  if (config.demo) {
    const created = await seedDemoUsers({ db: handle.db, clock: systemClock });
    if (created.length > 0)
      log.info({ created }, 'demo accounts seeded (password: see docs/demo.md)');
    if (await seedDemoCapacity({ db: handle.db, clock: systemClock }))
      log.info('demo cohort, workshop, surveys and a self-assessment seeded');
    if (await observationService.seedDemoObservations({ db: handle.db, clock: systemClock }))
      log.info('demo values (synthetic, marked demo) seeded and approved for five cities');
    if (await projectService.seedDemoProjects({ db: handle.db, clock: systemClock }))
      log.info('demo model projects seeded in Battambang, Surabaya, Vientiane and Chiang Mai');
    if (await knowledgeService.seedDemoCases({ db: handle.db, clock: systemClock }))
      log.info(
        'demo cases published (en, km, th, id) and their replications in Siem Reap, Phnom Penh',
      );
    if (await knowledgeService.seedDemoNetwork({ db: handle.db, clock: systemClock }))
      log.info('demo network: Surabaya is a frontrunner, suggested as a mentor');
    log.warn(
      'DEMO MODE: demo accounts with published passwords can sign in; never use with real data',
    );
  }
  if ((await adminService.countUsers(handle.db)) === 0) {
    log.warn(
      'No users yet. Create the first administrator (secretariat) with ' +
        '`npm run frontrunner -- users create-admin --email you@example.org --name "Your Name"`, ' +
        'or try demo accounts with `npm start -- --demo` (docs/demo.md)',
    );
  }
}
