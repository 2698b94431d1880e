import type { Migration } from 'kysely';
import * as m0001 from './0001-framework-and-geo';
import * as m0002 from './0002-accounts';
import * as m0003 from './0003-indicator-data';
import * as m0004 from './0004-scores';
import * as m0005 from './0005-interlinkages';
import * as m0006 from './0006-capacity';
import * as m0007 from './0007-projects';
import * as m0008 from './0008-knowledge';
import * as m0009 from './0009-reports';
import * as m0010 from './0010-pairing-requests';

/**
 * Every migration, in order. Migrations only ever add: a released migration is never edited,
 * and none drops or rewrites data.
 */
export const migrations: Record<string, Migration> = {
  '0001-framework-and-geo': m0001,
  '0002-accounts': m0002,
  '0003-indicator-data': m0003,
  '0004-scores': m0004,
  '0005-interlinkages': m0005,
  '0006-capacity': m0006,
  '0007-projects': m0007,
  '0008-knowledge': m0008,
  '0009-reports': m0009,
  '0010-pairing-requests': m0010,
};
