import {
  indexReferenceData,
  searchRepository,
  syncProjectDocuments,
  type Executor,
} from '@frontrunner/db';
import {
  explainMatch,
  isLatinWord,
  parseSearchQuery,
  withTypoVariants,
  type SearchKind,
  type TextFragment,
} from '@frontrunner/domain';
import type { ActionContext } from '../access/actor';
import { authorize } from '../access/policy';
import type { Clock } from '../clock';

/** What a user searches for, and the facets that narrow it. */
export interface SearchRequest {
  readonly q: string;
  /** Language of the query, for word segmentation (any language is searched). */
  readonly lang?: string | undefined;
  readonly kinds?: readonly SearchKind[] | undefined;
  /** ISO3 codes. */
  readonly countries?: readonly string[] | undefined;
  readonly goals?: readonly number[] | undefined;
  readonly themes?: readonly string[] | undefined;
  readonly dimensions?: readonly string[] | undefined;
  readonly citySizes?: readonly string[] | undefined;
  readonly limit: number;
  readonly offset: number;
}

/** Why a result matched, field by field. */
export interface MatchReason {
  field: 'title' | 'body';
  /** The words of the field that matched, as written. */
  words: string[];
  snippet: TextFragment[];
}

/** One result. */
export interface SearchHit {
  kind: SearchKind;
  /** Id of the case, project or city; code of the indicator. */
  id: string;
  lang: string;
  title: string;
  path: string;
  country: string | null;
  goals: number[];
  theme: string | null;
  /** Higher is better; comparable only within one search. */
  rank: number;
  why: { terms: string[]; fields: MatchReason[] };
}

/** A page of results with facet counts over every match. */
export interface SearchResponse {
  total: number;
  items: SearchHit[];
  facets: Record<string, { value: string; count: number }[]>;
  /** The query as understood: words, and the typo variants tried for each. */
  terms: { word: string; prefix: boolean; variants: string[] }[];
}

const indexed = new WeakSet<object>();

/** Indexes cities and indicators the first time a database is searched (idempotent). */
async function ensureReferenceIndexed(db: Executor, clock: Clock): Promise<void> {
  if (indexed.has(db)) return;
  if ((await searchRepository.countSearchDocuments(db, 'city')) === 0) {
    try {
      await db.transaction().execute((trx) => indexReferenceData(trx, clock()));
    } catch (err) {
      // Another request indexed them at the same time: the unique key refused our copy.
      if ((await searchRepository.countSearchDocuments(db, 'city')) === 0) throw err;
    }
  }
  indexed.add(db);
}

/**
 * Searches cases, projects, cities and indicators in every language (projects past the idea
 * stage are brought up to date in the index first): the query is segmented
 * like the index, Latin words match as prefixes and, when unknown, through one-typo variants
 * from the index's vocabulary. Each result says which words matched where.
 */
export async function search(
  db: Executor,
  ctx: ActionContext,
  request: SearchRequest,
  clock: Clock,
): Promise<SearchResponse> {
  authorize(ctx.actor, 'search.read');
  await ensureReferenceIndexed(db, clock);
  await db.transaction().execute((trx) => syncProjectDocuments(trx));
  const near = new Map<string, { known: boolean; near: string[] }>();
  const parsed = parseSearchQuery(request.q, request.lang);
  for (const term of parsed.terms)
    if (isLatinWord(term.word))
      near.set(term.word, await searchRepository.findNearWords(db, term.word));
  const query = withTypoVariants(parsed, (w) => near.get(w) ?? { known: true, near: [] });
  const result = await searchRepository.searchDocuments(db, {
    query,
    filters: {
      kind: request.kinds ?? [],
      country: request.countries ?? [],
      goal: (request.goals ?? []).map(String),
      theme: request.themes ?? [],
      dimension: request.dimensions ?? [],
      city_size: request.citySizes ?? [],
    },
    limit: request.limit,
    offset: request.offset,
  });
  const facets: SearchResponse['facets'] = {};
  for (const f of result.facets) (facets[f.facet] ??= []).push({ value: f.value, count: f.count });
  return {
    total: result.total,
    facets,
    terms: query.terms.map((t) => ({ word: t.word, prefix: t.prefix, variants: [...t.variants] })),
    items: result.rows.map((row) => {
      const title = explainMatch(row.title, query.terms, { lang: row.lang });
      const body = explainMatch(row.body, query.terms, { lang: row.lang });
      const fields: MatchReason[] = [];
      if (title.words.length > 0)
        fields.push({ field: 'title', words: [...title.words], snippet: [...title.snippet] });
      if (body.words.length > 0)
        fields.push({ field: 'body', words: [...body.words], snippet: [...body.snippet] });
      return {
        kind: row.kind,
        id: row.ref_id,
        lang: row.lang,
        title: row.title,
        path: row.path,
        country: row.country_iso3,
        goals: JSON.parse(row.goals) as number[],
        theme: row.theme,
        rank: row.rank,
        why: { terms: [...new Set([...title.terms, ...body.terms])], fields },
      };
    }),
  };
}
