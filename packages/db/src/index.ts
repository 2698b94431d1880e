export type { Database } from './schema';
export type { DatabaseConfig, DialectName } from './connection/config';
export { pingDatabase } from './connection/ping';
export { openDatabase, type DatabaseHandle, type Executor } from './connection/connect';
export { migrateToLatest, MigrationFailedError, type MigrateResult } from './migrate';
export * as frameworkRepository from './framework/framework.repository';
export * as geoRepository from './geo/geo.repository';
export { seedReferenceData, type SeedResult } from './seed/seed';
