import type { Insertable, Selectable } from 'kysely';
import type { Executor } from '../connection/connect';
import type { Database } from '../schema';

export type CodebookVersionRow = Selectable<Database['codebook_version']>;
export type NewCodebookEntry = Insertable<Database['codebook_entry']>;
export type NewPeerGroupBound = Insertable<Database['peer_group_bound']>;

/** A codebook entry with its series' code, name and unit. */
export type CodebookEntryRow = Selectable<Database['codebook_entry']> & {
  series_code: string;
  series_name: string;
  series_unit: string;
};

/** A peer group's lower bound with the group and the series code. */
export type PeerGroupBoundRow = Selectable<Database['peer_group_bound']> & {
  kind: Selectable<Database['peer_group']>['kind'];
  key: string;
  series_code: string;
};

/** The newest codebook version, if any. */
export async function findLatestCodebookVersion(
  db: Executor,
): Promise<CodebookVersionRow | undefined> {
  return db
    .selectFrom('codebook_version')
    .selectAll()
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** One codebook version by its number. */
export async function findCodebookVersion(
  db: Executor,
  version: number,
): Promise<CodebookVersionRow | undefined> {
  return db
    .selectFrom('codebook_version')
    .selectAll()
    .where('version', '=', version)
    .executeTakeFirst();
}

/** Every codebook version, newest first. */
export async function listCodebookVersions(db: Executor): Promise<CodebookVersionRow[]> {
  return db.selectFrom('codebook_version').selectAll().orderBy('version', 'desc').execute();
}

/**
 * Inserts a codebook version unless its number is taken (by a concurrent writer or seed);
 * returns whether it was inserted.
 */
export async function insertCodebookVersion(
  db: Executor,
  row: Insertable<Database['codebook_version']>,
): Promise<boolean> {
  const inserted = await db
    .insertInto('codebook_version')
    .values(row)
    .onConflict((oc) => oc.column('version').doNothing())
    .returning('id')
    .execute();
  return inserted.length > 0;
}

/** The entries of a codebook version, in codebook order. */
export async function listCodebookEntries(
  db: Executor,
  codebookVersionId: string,
): Promise<CodebookEntryRow[]> {
  return db
    .selectFrom('codebook_entry as e')
    .innerJoin('series as s', 's.id', 'e.series_id')
    .selectAll('e')
    .select(['s.code as series_code', 's.name as series_name', 's.unit as series_unit'])
    .where('e.codebook_version_id', '=', codebookVersionId)
    .orderBy('e.position')
    .execute();
}

/** Inserts the entries of a new version. */
export async function insertCodebookEntries(
  db: Executor,
  rows: readonly NewCodebookEntry[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += 100)
    await db
      .insertInto('codebook_entry')
      .values(rows.slice(i, i + 100))
      .execute();
}

/** The id of a peer group, created when it does not exist yet. */
export async function ensurePeerGroup(
  db: Executor,
  group: { id: string; kind: PeerGroupBoundRow['kind']; key: string; created_at: string },
): Promise<string> {
  await db
    .insertInto('peer_group')
    .values(group)
    .onConflict((oc) => oc.columns(['kind', 'key']).doNothing())
    .execute();
  const row = await db
    .selectFrom('peer_group')
    .select('id')
    .where('kind', '=', group.kind)
    .where('key', '=', group.key)
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The peer-group lower bounds of a codebook version, by group, then series code. */
export async function listPeerGroupBounds(
  db: Executor,
  codebookVersionId: string,
): Promise<PeerGroupBoundRow[]> {
  return db
    .selectFrom('peer_group_bound as b')
    .innerJoin('peer_group as g', 'g.id', 'b.peer_group_id')
    .innerJoin('series as s', 's.id', 'b.series_id')
    .selectAll('b')
    .select(['g.kind', 'g.key', 's.code as series_code'])
    .where('b.codebook_version_id', '=', codebookVersionId)
    .orderBy('g.kind')
    .orderBy('g.key')
    .orderBy('s.code')
    .execute();
}

/** Inserts peer-group lower bounds of a new version. */
export async function insertPeerGroupBounds(
  db: Executor,
  rows: readonly NewPeerGroupBound[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += 100)
    await db
      .insertInto('peer_group_bound')
      .values(rows.slice(i, i + 100))
      .execute();
}
