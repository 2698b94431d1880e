import { sql, type Kysely } from 'kysely';

/**
 * Knowledge and replication: cases (a published good practice, with one text per language),
 * the search index over cases, projects, cities and indicators, and the city-to-city network
 * (mentoring pairs, exchanges, study visits, a message thread per pairing).
 *
 * The full-text part is the one place where the schema differs by engine: SQLite gets an FTS5
 * table over the pre-segmented words, kept in step by triggers; PostgreSQL gets a `tsvector`
 * column with a GIN index. Neither engine can segment Thai, Khmer, Lao or Burmese itself, so
 * both index text already cut into words by ICU (`indexText` in the domain).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await createCases(db);
  await createSearchIndex(db);
  await createNetwork(db);
  if (await isPostgres(db)) await createPostgresFullText(db);
  else await createSqliteFullText(db);
}

/**
 * Whether the database is PostgreSQL. Probes a PostgreSQL-only function: on SQLite (which
 * migrates outside a transaction) the failure is harmless; PostgreSQL answers.
 */
async function isPostgres(db: Kysely<unknown>): Promise<boolean> {
  try {
    await sql`select current_setting('server_version_num')`.execute(db);
    return true;
  } catch {
    return false;
  }
}

async function createCases(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('knowledge_case')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('city_id', 'text', (c) => c.notNull().references('city.id'))
    .addColumn('project_id', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('original_lang', 'text', (c) => c.notNull())
    .addColumn('theme', 'text')
    .addColumn('targets', 'text', (c) => c.notNull())
    .addColumn('dimensions', 'text', (c) => c.notNull())
    .addColumn('results', 'text', (c) => c.notNull())
    .addColumn('cost', 'double precision')
    .addColumn('currency', 'text')
    .addColumn('partners', 'text', (c) => c.notNull())
    .addColumn('contacts', 'text', (c) => c.notNull())
    .addColumn('photos', 'text', (c) => c.notNull())
    .addColumn('links', 'text', (c) => c.notNull())
    .addColumn('review_comment', 'text')
    .addColumn('published_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addCheckConstraint(
      'knowledge_case_status_check',
      sql`status in ('draft', 'submitted', 'published', 'returned')`,
    )
    .addCheckConstraint('knowledge_case_cost_check', sql`cost is null or cost >= 0`)
    .execute();
  await db.schema
    .createIndex('knowledge_case_city_idx')
    .on('knowledge_case')
    .columns(['city_id', 'status'])
    .execute();
  await db.schema
    .createIndex('knowledge_case_project_idx')
    .on('knowledge_case')
    .column('project_id')
    .execute();
  await db.schema
    .createTable('knowledge_case_text')
    .addColumn('case_id', 'text', (c) =>
      c.notNull().references('knowledge_case.id').onDelete('cascade'),
    )
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('summary', 'text')
    .addColumn('problem', 'text')
    .addColumn('actions', 'text')
    .addColumn('results_text', 'text')
    .addColumn('costs_text', 'text')
    .addColumn('what_worked', 'text')
    .addColumn('what_did_not', 'text')
    .addColumn('how_to_replicate', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('knowledge_case_text_pk', ['case_id', 'lang'])
    .execute();
}

async function createSearchIndex(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('search_document')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('ref_id', 'text', (c) => c.notNull())
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('title_words', 'text', (c) => c.notNull())
    .addColumn('body_words', 'text', (c) => c.notNull())
    .addColumn('path', 'text', (c) => c.notNull())
    .addColumn('city_id', 'text')
    .addColumn('country_iso3', 'text')
    .addColumn('goals', 'text', (c) => c.notNull())
    .addColumn('theme', 'text')
    .addColumn('dimensions', 'text', (c) => c.notNull())
    .addColumn('city_size_class', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('search_document_uq', ['kind', 'ref_id', 'lang'])
    .addCheckConstraint(
      'search_document_kind_check',
      sql`kind in ('case', 'project', 'city', 'indicator')`,
    )
    .execute();
  await db.schema
    .createTable('search_facet')
    .addColumn('document_id', 'text', (c) =>
      c.notNull().references('search_document.id').onDelete('cascade'),
    )
    .addColumn('facet', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('search_facet_pk', ['document_id', 'facet', 'value'])
    .execute();
  await db.schema
    .createIndex('search_facet_value_idx')
    .on('search_facet')
    .columns(['facet', 'value', 'document_id'])
    .execute();
  await db.schema
    .createTable('search_word')
    .addColumn('word', 'text', (c) => c.primaryKey())
    .addColumn('initial', 'text', (c) => c.notNull())
    .addColumn('length', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('search_word_near_idx')
    .on('search_word')
    .columns(['initial', 'length'])
    .execute();
}

async function createNetwork(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('city_pairing')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('mentor_city_id', 'text', (c) => c.notNull().references('city.id'))
    .addColumn('mentee_city_id', 'text', (c) => c.notNull().references('city.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('title', 'text')
    .addColumn('starts_on', 'text')
    .addColumn('ends_on', 'text')
    .addColumn('goals', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint(
      'city_pairing_kind_check',
      sql`kind in ('mentoring', 'exchange', 'study_visit')`,
    )
    .addCheckConstraint(
      'city_pairing_status_check',
      sql`status in ('proposed', 'active', 'closed')`,
    )
    .addCheckConstraint('city_pairing_cities_check', sql`mentor_city_id <> mentee_city_id`)
    .execute();
  await db.schema
    .createTable('pairing_message')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('pairing_id', 'text', (c) =>
      c.notNull().references('city_pairing.id').onDelete('cascade'),
    )
    .addColumn('author_id', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('pairing_message_thread_idx')
    .on('pairing_message')
    .columns(['pairing_id', 'sent_at'])
    .execute();
}

/** A `tsvector` of the pre-segmented words (title weighted A, body B) and its GIN index. */
async function createPostgresFullText(db: Kysely<unknown>): Promise<void> {
  await sql`alter table search_document add column words tsvector generated always as (
    setweight(to_tsvector('simple', title_words), 'A') ||
    setweight(to_tsvector('simple', body_words), 'B')) stored`.execute(db);
  await sql`create index search_document_words_idx on search_document using gin (words)`.execute(
    db,
  );
}

/** An FTS5 table with the document table as external content, and the triggers that sync it. */
async function createSqliteFullText(db: Kysely<unknown>): Promise<void> {
  await sql`create virtual table search_document_fts using fts5(
    title_words, body_words, content='search_document', content_rowid='rowid',
    tokenize="unicode61 remove_diacritics 2")`.execute(db);
  await sql`create trigger search_document_ai after insert on search_document begin
    insert into search_document_fts(rowid, title_words, body_words)
      values (new.rowid, new.title_words, new.body_words);
  end`.execute(db);
  await sql`create trigger search_document_ad after delete on search_document begin
    insert into search_document_fts(search_document_fts, rowid, title_words, body_words)
      values ('delete', old.rowid, old.title_words, old.body_words);
  end`.execute(db);
  await sql`create trigger search_document_au after update on search_document begin
    insert into search_document_fts(search_document_fts, rowid, title_words, body_words)
      values ('delete', old.rowid, old.title_words, old.body_words);
    insert into search_document_fts(rowid, title_words, body_words)
      values (new.rowid, new.title_words, new.body_words);
  end`.execute(db);
}
