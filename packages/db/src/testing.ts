/** Test helpers for the `db` tier: import from `@frontrunner/db/testing`. */
export { createTestDatabase, testDialect, testPostgresAdminUrl } from './testing/test-database';
