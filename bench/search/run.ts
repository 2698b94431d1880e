/**
 * Benchmark: 10,000 synthetic cases in nine languages indexed and searched on SQLite (FTS5)
 * and PostgreSQL (tsvector + GIN) through the one `searchDocuments` interface.
 * Run with `npx tsx bench/search/run.ts`; prints one JSON line on stdout.
 * PostgreSQL: FRONTRUNNER_TEST_PG_URL (default postgres://postgres@127.0.0.1:5432/postgres).
 */
import { type DatabaseHandle, searchRepository } from '@frontrunner/db';
import { createTestDatabase } from '@frontrunner/db/testing';
import {
  indexText,
  parseSearchQuery,
  withTypoVariants,
  type SearchQuery,
} from '@frontrunner/domain';
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { LANGUAGES } from './words';

const CASES = Number(process.env.BENCH_CASES ?? 10_000);
const QUERIES = 500;
const COUNTRIES = ['BRN', 'KHM', 'IDN', 'LAO', 'MYS', 'MMR', 'PHL', 'SGP', 'THA', 'VNM'];
const THEMES = ['clean_air', 'clean_water', 'clean_land', 'waste_3r', 'energy', 'mobility'];

/** Seeded PRNG (mulberry32), so every run indexes the same cases. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = mulberry32(20260101);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

function sentence(words: readonly string[], spaced: boolean, length: number): string {
  return Array.from({ length }, () => pick(words)).join(spaced ? ' ' : '');
}

interface SyntheticCase {
  readonly lang: string;
  readonly title: string;
  readonly body: string;
  readonly country: string;
  readonly theme: string;
  readonly goals: number[];
}

function generateCases(): SyntheticCase[] {
  return Array.from({ length: CASES }, () => {
    const language = pick(LANGUAGES);
    const paragraphs = Array.from({ length: 6 }, () =>
      sentence(language.words, language.spaced, 8 + Math.floor(random() * 12)),
    );
    return {
      lang: language.lang,
      title: sentence(language.words, language.spaced, 3 + Math.floor(random() * 4)),
      body: paragraphs.join(language.spaced ? '. ' : ' '),
      country: pick(COUNTRIES),
      theme: pick(THEMES),
      goals: [...new Set([pick([6, 11, 12]), 1 + Math.floor(random() * 17)])],
    };
  });
}

function documentsOf(cases: readonly SyntheticCase[]): searchRepository.IndexedDocument[] {
  return cases.map((c) => ({
    document: {
      id: randomUUID(),
      kind: 'case',
      ref_id: randomUUID(),
      lang: c.lang,
      title: c.title,
      body: c.body,
      title_words: indexText(c.title, c.lang),
      body_words: indexText(c.body, c.lang),
      path: '/cases/bench',
      city_id: null,
      country_iso3: c.country,
      goals: JSON.stringify(c.goals),
      theme: c.theme,
      dimensions: '["environment"]',
      city_size_class: null,
      updated_at: '2030-01-01T00:00:00.000Z',
    },
    facets: { kind: ['case'], country: [c.country], theme: [c.theme], goal: c.goals.map(String) },
  }));
}

/** Queries: one or two words of one language, a tenth with a country filter, a tenth with a typo. */
function generateQueries(): { query: string; lang: string; country?: string; typo: boolean }[] {
  return Array.from({ length: QUERIES }, (_, i) => {
    const language = pick(LANGUAGES);
    const words =
      random() < 0.3 ? [pick(language.words), pick(language.words)] : [pick(language.words)];
    const typo = i % 10 === 5 && language.spaced && (words[0]?.length ?? 0) >= 5;
    const first = typo ? `${words[0]!.slice(0, 2)}${words[0]!.slice(3)}` : words[0]!;
    return {
      query: [first, ...words.slice(1)].join(' '),
      lang: language.lang,
      ...(i % 10 === 3 ? { country: pick(COUNTRIES) } : {}),
      typo,
    };
  });
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}
const round = (ms: number) => Math.round(ms * 100) / 100;

async function runOn(
  handle: DatabaseHandle,
  cases: readonly SyntheticCase[],
  queries: ReturnType<typeof generateQueries>,
) {
  const startIndex = performance.now();
  await handle.db
    .transaction()
    .execute((trx) => searchRepository.insertSearchDocuments(trx, documentsOf(cases)));
  const indexingMs = performance.now() - startIndex;
  const times: number[] = [];
  const totals: number[] = [];
  for (const q of queries) {
    const start = performance.now();
    let query: SearchQuery = parseSearchQuery(q.query, q.lang);
    const near = new Map<string, { known: boolean; near: string[] }>();
    for (const t of query.terms)
      near.set(t.word, await searchRepository.findNearWords(handle.db, t.word));
    query = withTypoVariants(query, (w) => near.get(w) ?? { known: true, near: [] });
    const result = await searchRepository.searchDocuments(handle.db, {
      query,
      filters: q.country ? { country: [q.country] } : {},
      limit: 10,
      offset: 0,
    });
    times.push(performance.now() - start);
    totals.push(result.total);
  }
  return {
    indexing_ms: round(indexingMs),
    query_median_ms: round(percentile(times, 50)),
    query_p99_ms: round(percentile(times, 99)),
    totals,
  };
}

const cases = generateCases();
const queries = generateQueries();
const sqlite = await createTestDatabase('sqlite');
const postgres = await createTestDatabase('postgres');
try {
  const a = await runOn(sqlite, cases, queries);
  const b = await runOn(postgres, cases, queries);
  const differing = a.totals.filter((t, i) => t !== b.totals[i]).length;
  if (process.env.BENCH_DEBUG)
    queries.forEach((q, i) => {
      if (a.totals[i] !== b.totals[i]) console.error(q, a.totals[i], b.totals[i]);
    });
  const typoFound = queries.filter((q, i) => q.typo && (a.totals[i] ?? 0) > 0).length;
  console.log(
    JSON.stringify({
      bench: 'search',
      cases: CASES,
      languages: LANGUAGES.length,
      queries: QUERIES,
      sqlite: {
        indexing_ms: a.indexing_ms,
        query_median_ms: a.query_median_ms,
        query_p99_ms: a.query_p99_ms,
      },
      postgres: {
        indexing_ms: b.indexing_ms,
        query_median_ms: b.query_median_ms,
        query_p99_ms: b.query_p99_ms,
      },
      same_totals: differing === 0,
      differing_queries: differing,
      typo_queries_found: `${typoFound}/${queries.filter((q) => q.typo).length}`,
      empty_results: a.totals.filter((t) => t === 0).length,
    }),
  );
} finally {
  await sqlite.destroy();
  await postgres.destroy();
}
