import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Executor } from '../connection/connect';
import type { Database } from '../schema';

export type PairingRow = Selectable<Database['city_pairing']>;
export type NewPairing = Insertable<Database['city_pairing']>;
export type PairingPatch = Updateable<Database['city_pairing']>;
export type MessageRow = Selectable<Database['pairing_message']>;
export type NewMessage = Insertable<Database['pairing_message']>;

/** Inserts a pairing. */
export async function insertPairing(db: Executor, row: NewPairing): Promise<void> {
  await db.insertInto('city_pairing').values(row).execute();
}

/** Writes fields of one pairing. */
export async function updatePairing(db: Executor, id: string, patch: PairingPatch): Promise<void> {
  await db.updateTable('city_pairing').set(patch).where('id', '=', id).execute();
}

/** One pairing by id. */
export async function findPairing(db: Executor, id: string): Promise<PairingRow | undefined> {
  return db.selectFrom('city_pairing').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The pairings a city takes part in (as mentor or mentee), or all; newest first. */
export async function listPairings(db: Executor, cityId?: string): Promise<PairingRow[]> {
  let query = db.selectFrom('city_pairing').selectAll();
  if (cityId)
    query = query.where((eb) =>
      eb.or([eb('mentor_city_id', '=', cityId), eb('mentee_city_id', '=', cityId)]),
    );
  return query.orderBy('created_at', 'desc').orderBy('id').execute();
}

/** The open request (`requested`) between two cities, in either direction, if any. */
export async function findOpenRequest(
  db: Executor,
  cityA: string,
  cityB: string,
): Promise<PairingRow | undefined> {
  return db
    .selectFrom('city_pairing')
    .selectAll()
    .where('request_status', '=', 'requested')
    .where((eb) =>
      eb.or([
        eb.and([eb('mentor_city_id', '=', cityA), eb('mentee_city_id', '=', cityB)]),
        eb.and([eb('mentor_city_id', '=', cityB), eb('mentee_city_id', '=', cityA)]),
      ]),
    )
    .executeTakeFirst();
}

/** Appends a message to a pairing's thread. */
export async function insertMessage(db: Executor, row: NewMessage): Promise<void> {
  await db.insertInto('pairing_message').values(row).execute();
}

/** A pairing's thread, oldest first. */
export async function listMessages(db: Executor, pairingId: string): Promise<MessageRow[]> {
  return db
    .selectFrom('pairing_message')
    .selectAll()
    .where('pairing_id', '=', pairingId)
    .orderBy('sent_at')
    .orderBy('id')
    .execute();
}
