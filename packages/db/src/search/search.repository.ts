import { isLatinWord, MIN_TYPO_LENGTH, type SearchQuery } from '@frontrunner/domain';
import { sql, type Insertable, type RawBuilder, type Selectable } from 'kysely';
import type { Executor } from '../connection/connect';
import { dialectOf } from '../connection/dialect-of';
import type { Database } from '../schema';
import { fts5Match, tsQuery } from './match-expression';

export type SearchDocumentRow = Selectable<Database['search_document']>;
export type NewSearchDocument = Insertable<Database['search_document']>;

/** A document to index with its facet values (facet → values). */
export interface IndexedDocument {
  readonly document: NewSearchDocument;
  readonly facets: Readonly<Record<string, readonly string[]>>;
}

/**
 * Replaces every language version of one thing (kind + ref id) by `documents` (none removes
 * it from the index), and adds their Latin words to the typo vocabulary.
 */
export async function replaceSearchDocuments(
  db: Executor,
  kind: NewSearchDocument['kind'],
  refId: string,
  documents: readonly IndexedDocument[],
): Promise<void> {
  await db
    .deleteFrom('search_document')
    .where('kind', '=', kind)
    .where('ref_id', '=', refId)
    .execute();
  await insertSearchDocuments(db, documents);
}

/** Inserts new documents, their facets and their words (in chunks; for bulk indexing). */
export async function insertSearchDocuments(
  db: Executor,
  documents: readonly IndexedDocument[],
): Promise<void> {
  for (let i = 0; i < documents.length; i += 100) {
    const chunk = documents.slice(i, i + 100);
    await db
      .insertInto('search_document')
      .values(chunk.map((d) => d.document))
      .execute();
    const facets = chunk.flatMap((d) =>
      Object.entries(d.facets).flatMap(([facet, values]) =>
        [...new Set(values)].map((value) => ({ document_id: d.document.id, facet, value })),
      ),
    );
    for (let j = 0; j < facets.length; j += 300) {
      await db
        .insertInto('search_facet')
        .values(facets.slice(j, j + 300))
        .execute();
    }
    await insertWords(
      db,
      chunk.flatMap((d) => `${d.document.title_words} ${d.document.body_words}`.split(' ')),
    );
  }
}

async function insertWords(db: Executor, words: readonly string[]): Promise<void> {
  const latin = [...new Set(words)].filter(
    (w) => w.length >= MIN_TYPO_LENGTH - 1 && isLatinWord(w),
  );
  for (let i = 0; i < latin.length; i += 300) {
    await db
      .insertInto('search_word')
      .values(
        latin
          .slice(i, i + 300)
          .map((word) => ({ word, initial: word.slice(0, 1), length: word.length })),
      )
      .onConflict((oc) => oc.column('word').doNothing())
      .execute();
  }
}

/** Whether a word is in the vocabulary, and the vocabulary words of its first letter and length ± 1. */
export async function findNearWords(
  db: Executor,
  word: string,
): Promise<{ known: boolean; near: string[] }> {
  const rows = await db
    .selectFrom('search_word')
    .select('word')
    .where('initial', '=', word.slice(0, 1))
    .where('length', '>=', word.length - 1)
    .where('length', '<=', word.length + 1)
    .execute();
  const near = rows.map((r) => r.word);
  return { known: near.includes(word), near };
}

/** How many documents of a kind are indexed. */
export async function countSearchDocuments(
  db: Executor,
  kind: NewSearchDocument['kind'],
): Promise<number> {
  const row = await db
    .selectFrom('search_document')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('kind', '=', kind)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** What {@link searchDocuments} looks for. */
export interface DocumentSearch {
  /** No terms: every document that passes the filters, newest first. */
  readonly query: SearchQuery;
  /** Facet → accepted values (any of them); documents must pass every facet given. */
  readonly filters: Readonly<Record<string, readonly string[]>>;
  readonly limit: number;
  readonly offset: number;
}

/** A matching document with its rank (higher is better, comparable only within one search). */
export type RankedDocument = SearchDocumentRow & { rank: number };

/** One page of results, the total and the facet counts over every match. */
export interface DocumentSearchResult {
  readonly rows: RankedDocument[];
  readonly total: number;
  readonly facets: { facet: string; value: string; count: number }[];
}

/**
 * Full-text search behind one interface: FTS5 with bm25 on SQLite, a tsvector with ts_rank on
 * PostgreSQL, both over the same pre-segmented words; title words weigh more than body words.
 */
export async function searchDocuments(
  db: Executor,
  search: DocumentSearch,
): Promise<DocumentSearchResult> {
  const empty = search.query.terms.length === 0;
  const postgres = dialectOf(db) === 'postgres';
  const filters = filterClauses(search.filters);
  let from: RawBuilder<unknown>;
  let rank: RawBuilder<unknown>;
  const where = [...filters];
  if (empty) {
    from = sql`search_document d`;
    rank = sql`0`;
  } else if (postgres) {
    from = sql`search_document d`;
    const q = sql`to_tsquery('simple', ${tsQuery(search.query)})`;
    rank = sql`ts_rank(d.words, ${q})`;
    where.push(sql`d.words @@ ${q}`);
  } else {
    from = sql`search_document_fts f join search_document d on d.rowid = f.rowid`;
    rank = sql`-bm25(search_document_fts, 4.0, 1.0)`;
    where.push(sql`search_document_fts match ${fts5Match(search.query)}`);
    where.push(...exactWordChecks(search.query));
  }
  const whereSql = where.length > 0 ? sql`where ${sql.join(where, sql` and `)}` : sql``;
  const order = empty ? sql`d.updated_at desc, d.id` : sql`rank desc, d.id`;
  const page = await sql<RankedDocument>`select d.id, d.kind, d.ref_id, d.lang, d.title, d.body,
      d.title_words, d.body_words, d.path, d.city_id, d.country_iso3, d.goals, d.theme,
      d.dimensions, d.city_size_class, d.updated_at, ${rank} as rank
    from ${from} ${whereSql} order by ${order} limit ${search.limit} offset ${search.offset}`.execute(
    db,
  );
  const matched = sql`select d.id from ${from} ${whereSql}`;
  const total = await sql<{ n: number }>`select count(*) as n from (${matched}) m`.execute(db);
  const facets = await sql<{ facet: string; value: string; count: number }>`select facet, value,
      count(*) as count from search_facet where document_id in (${matched})
      group by facet, value order by facet, count desc, value`.execute(db);
  return {
    rows: page.rows.map((r) => ({ ...r, rank: Number(r.rank) })),
    total: Number(total.rows[0]?.n ?? 0),
    facets: facets.rows.map((f) => ({ ...f, count: Number(f.count) })),
  };
}

/**
 * FTS5's unicode61 tokenizer treats combining marks as separators, so it cuts a Burmese, Khmer
 * or Lao word into pieces and a short word would also match inside a longer one ("ရေ" inside
 * "ကျန်းမာရေး"). Non-ASCII terms are therefore also checked as whole words of the
 * pre-segmented text, which gives the same answers as PostgreSQL's tsvector.
 */
function exactWordChecks(query: SearchQuery): RawBuilder<unknown>[] {
  return query.terms
    .filter((t) => /[^a-z0-9]/.test(t.word))
    .map(
      (t) => sql`instr(' ' || d.title_words || ' ' || d.body_words || ' ', ${` ${t.word} `}) > 0`,
    );
}

function filterClauses(filters: DocumentSearch['filters']): RawBuilder<unknown>[] {
  return Object.entries(filters)
    .filter(([, values]) => values.length > 0)
    .map(
      ([facet, values]) => sql`exists (select 1 from search_facet sf where sf.document_id = d.id
        and sf.facet = ${facet} and sf.value in (${sql.join(values.map((v) => sql`${v}`))}))`,
    );
}

/**
 * Rebuilds SQLite's FTS5 table from the documents (after a VACUUM, which may renumber the
 * rowids it refers to); PostgreSQL's generated column needs nothing.
 */
export async function rebuildFullText(db: Executor): Promise<void> {
  if (dialectOf(db) === 'sqlite')
    await sql`insert into search_document_fts(search_document_fts) values ('rebuild')`.execute(db);
}
