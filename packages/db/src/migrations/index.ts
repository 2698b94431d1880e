import type { Migration } from 'kysely';
import * as m0001 from './0001-framework-and-geo';

/**
 * Every migration, in order. Migrations only ever add: a released migration is never edited,
 * and none drops or rewrites data.
 */
export const migrations: Record<string, Migration> = {
  '0001-framework-and-geo': m0001,
};
