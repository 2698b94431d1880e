import { sql, type Kysely } from 'kysely';

/**
 * Pairing requests (issue 9): a city asks a mentor city to pair with it, and the mentor city
 * accepts or declines (with a reason), or the asking city withdraws. The request's own status
 * sits beside the pairing's (`proposed` while asked, `active` once accepted, `closed` once
 * declined or withdrawn); pairings the secretariat creates directly have no request (null).
 * At most one open request per mentor and learning city, enforced by a partial unique index.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('city_pairing')
    .addColumn('request_status', 'text', (c) =>
      c.check(sql`request_status in ('requested', 'accepted', 'declined', 'withdrawn')`),
    )
    .execute();
  for (const column of ['requested_by', 'decided_at', 'decided_by', 'decision_reason'])
    await db.schema.alterTable('city_pairing').addColumn(column, 'text').execute();
  await db.schema
    .createIndex('city_pairing_open_request_idx')
    .on('city_pairing')
    .columns(['mentor_city_id', 'mentee_city_id'])
    .unique()
    .where(sql.ref('request_status'), '=', 'requested')
    .execute();
}
