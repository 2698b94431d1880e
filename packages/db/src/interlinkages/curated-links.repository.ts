import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Executor } from '../connection/connect';
import type { Database } from '../schema';

export type CuratedLinkRow = Selectable<Database['interlinkage_curated_link']>;
export type NewCuratedLink = Insertable<Database['interlinkage_curated_link']>;

/** Curated links, every one or those touching some targets, by targets and kind. */
export async function listCuratedLinks(
  db: Executor,
  filter: { targets?: readonly string[] | undefined } = {},
): Promise<CuratedLinkRow[]> {
  let query = db.selectFrom('interlinkage_curated_link').selectAll();
  if (filter.targets) {
    const targets = filter.targets;
    if (targets.length === 0) return [];
    query = query.where((eb) =>
      eb.or([eb('target_a', 'in', targets), eb('target_b', 'in', targets)]),
    );
  }
  return query.orderBy('target_a').orderBy('target_b').orderBy('kind').orderBy('id').execute();
}

/** One curated link by id. */
export async function findCuratedLink(
  db: Executor,
  id: string,
): Promise<CuratedLinkRow | undefined> {
  return db
    .selectFrom('interlinkage_curated_link')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
}

/** The curated link of two targets and a kind, if any (they are unique together). */
export async function findCuratedLinkByKey(
  db: Executor,
  key: { targetA: string; targetB: string; kind: CuratedLinkRow['kind'] },
): Promise<CuratedLinkRow | undefined> {
  return db
    .selectFrom('interlinkage_curated_link')
    .selectAll()
    .where('target_a', '=', key.targetA)
    .where('target_b', '=', key.targetB)
    .where('kind', '=', key.kind)
    .executeTakeFirst();
}

/** Adds a curated link. */
export async function insertCuratedLink(db: Executor, row: NewCuratedLink): Promise<void> {
  await db.insertInto('interlinkage_curated_link').values(row).execute();
}

/** Changes a curated link. */
export async function updateCuratedLink(
  db: Executor,
  id: string,
  patch: Updateable<Database['interlinkage_curated_link']>,
): Promise<void> {
  await db.updateTable('interlinkage_curated_link').set(patch).where('id', '=', id).execute();
}

/** Removes a curated link. */
export async function deleteCuratedLink(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('interlinkage_curated_link').where('id', '=', id).execute();
}
