import type { Insertable, Selectable } from 'kysely';
import type { Executor } from '../connection/connect';
import type { Database } from '../schema';

/**
 * The audit trail is append-only: this repository inserts and reads, and has no update or
 * delete on purpose (the database refuses both with triggers as well).
 */
export type AuditEntryRow = Selectable<Database['audit_entry']> & { city_slug: string | null };
export type NewAuditEntry = Insertable<Database['audit_entry']>;

export async function insertAuditEntry(db: Executor, row: NewAuditEntry): Promise<void> {
  await db.insertInto('audit_entry').values(row).execute();
}

/** Filters and page of {@link listAuditEntries}. */
export interface AuditListOptions {
  cityId?: string | undefined;
  entityType?: string | undefined;
  entityId?: string | undefined;
  /** Only entries about these countries (a scoped reader); undefined = every entry. */
  countryIn?: readonly string[] | undefined;
  limit: number;
  offset: number;
}

/** A page of entries, newest first, and the total that match. */
export async function listAuditEntries(
  db: Executor,
  options: AuditListOptions,
): Promise<{ rows: AuditEntryRow[]; total: number }> {
  let query = db.selectFrom('audit_entry');
  if (options.cityId !== undefined) query = query.where('audit_entry.city_id', '=', options.cityId);
  if (options.entityType !== undefined)
    query = query.where('audit_entry.entity_type', '=', options.entityType);
  if (options.entityId !== undefined)
    query = query.where('audit_entry.entity_id', '=', options.entityId);
  if (options.countryIn !== undefined) {
    if (options.countryIn.length === 0) return { rows: [], total: 0 };
    query = query.where('audit_entry.country_iso3', 'in', options.countryIn);
  }
  const [rows, count] = await Promise.all([
    query
      .leftJoin('city', 'city.id', 'audit_entry.city_id')
      .selectAll('audit_entry')
      .select('city.slug as city_slug')
      .orderBy('audit_entry.seq', 'desc')
      .limit(options.limit)
      .offset(options.offset)
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}
