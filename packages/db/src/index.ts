export type { Database } from './schema';
export type { DatabaseConfig, DialectName } from './connection/config';
export { pingDatabase } from './connection/ping';
export { openDatabase, type DatabaseHandle, type Executor } from './connection/connect';
export { withTransaction } from './connection/transaction';
export { migrateToLatest, MigrationFailedError, type MigrateResult } from './migrate';
export * as frameworkRepository from './framework/framework.repository';
export * as geoRepository from './geo/geo.repository';
export { seedReferenceData, type SeedResult } from './seed/seed';
export { seedIndicatorData, type IndicatorSeedResult } from './seed/indicator-seed';
export * as userRepository from './accounts/user.repository';
export * as sessionRepository from './accounts/session.repository';
export * as oneTimeTokenRepository from './accounts/one-time-token.repository';
export * as apiTokenRepository from './accounts/api-token.repository';
export * as loginThrottleRepository from './accounts/login-throttle.repository';
export * as auditRepository from './audit/audit.repository';
export type { RoleName } from './accounts/accounts.table';
export type { ActorKind } from './audit/audit.table';
export * as cityRefsRepository from './geo/city-refs.repository';
export * as seriesRepository from './observations/series.repository';
export * as observationsRepository from './observations/observations.repository';
export * as cityTargetsRepository from './observations/city-targets.repository';
export * as cohortRepository from './capacity/cohort.repository';
export * as trainingRepository from './capacity/training.repository';
export * as surveyRepository from './capacity/survey.repository';
export * as graduationRepository from './capacity/graduation.repository';
export * as graduationCertificateRepository from './capacity/graduation-certificate.repository';
export * as projectsRepository from './projects/projects.repository';
export * as codebookRepository from './scoring/codebook.repository';
export * as scoresRepository from './scoring/scores.repository';
export * as scoringInputsRepository from './scoring/scoring-inputs.repository';
export { seedCodebook, type CodebookSeedResult } from './seed/codebook-seed';
export {
  loadCodebookSeed,
  parseCodebookSeed,
  CODEBOOK_SEED_FILE,
  type SeedCodebookRow,
} from './seed/codebook-seed-file';
export * as interlinkageCatalogueRepository from './interlinkages/interlinkage-catalogue.repository';
export * as interlinkageRunsRepository from './interlinkages/interlinkage-runs.repository';
export * as curatedLinksRepository from './interlinkages/curated-links.repository';
export {
  seedInterlinkageSeries,
  loadSeriesDirections,
  type InterlinkageSeedResult,
  type SeriesDirectionRow,
} from './seed/interlinkage-seed';
export * as searchRepository from './search/search.repository';
export * as caseRepository from './knowledge/case.repository';
export * as networkRepository from './knowledge/network.repository';
export * as cityProfileRepository from './knowledge/city-profile.repository';
export * as reportRepository from './reports/report.repository';
export { dialectOf } from './connection/dialect-of';
export { indexReferenceData, type ReferenceIndexResult } from './search/reference-index';
export { syncProjectDocuments } from './search/project-index';
