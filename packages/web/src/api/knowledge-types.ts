/**
 * Shapes of the knowledge API (issue 9) as the web app reads them: a mirror of
 * `packages/server/src/routes/knowledge/` (search, cases, recommendations).
 */

/** What a search result is. */
export type SearchKind = 'case' | 'project' | 'city' | 'indicator';

/** A piece of a snippet; `match` marks the words that matched. */
export interface TextFragment {
  readonly text: string;
  readonly match: boolean;
}

/** One search result, with why it matched. */
export interface SearchHit {
  readonly kind: SearchKind;
  /** Id of the case, project or city; code of the indicator. */
  readonly id: string;
  /** Language of the matched text */
  readonly lang: string;
  readonly title: string;
  /** Path of its page in this app */
  readonly path: string;
  /** ISO3 */
  readonly country: string | null;
  readonly goals: readonly number[];
  readonly theme: string | null;
  readonly why: {
    readonly terms: readonly string[];
    readonly fields: readonly {
      readonly field: 'title' | 'body';
      readonly words: readonly string[];
      readonly snippet: readonly TextFragment[];
    }[];
  };
}

/** A facet value and how many matches have it. */
export interface FacetCount {
  readonly value: string;
  readonly count: number;
}

/** A page of search results with facet counts over every match. */
export interface SearchResponse {
  readonly total: number;
  readonly items: readonly SearchHit[];
  /** By facet: kind, country, goal, theme, dimension, city_size */
  readonly facets: Readonly<Record<string, readonly FacetCount[]>>;
  readonly terms: readonly {
    readonly word: string;
    readonly prefix: boolean;
    readonly variants: readonly string[];
  }[];
}

/** The API query of a search. */
export interface SearchQuery {
  readonly q: string;
  readonly lang?: string;
  /** Comma-separated values of each facet */
  readonly kind?: string;
  readonly country?: string;
  readonly goal?: string;
  readonly theme?: string;
  readonly limit: number;
  readonly offset: number;
}

/** The written parts of a case in one language. */
export interface CaseText {
  readonly lang: string;
  readonly title: string;
  readonly summary: string | null;
  readonly problem: string | null;
  readonly actions: string | null;
  readonly resultsText: string | null;
  readonly costsText: string | null;
  readonly whatWorked: string | null;
  readonly whatDidNot: string | null;
  readonly howToReplicate: string | null;
}

/** A result of a case, with a number. */
export interface CaseResult {
  readonly label: string;
  readonly value: number;
  readonly unit: string;
  readonly baseline?: number | null;
  readonly year?: number | null;
  readonly seriesCode?: string | null;
}

/** A case of practice. */
export interface PracticeCase {
  readonly id: string;
  readonly city: { readonly slug: string; readonly name: string; readonly country: string };
  readonly projectId: string | null;
  readonly status: 'draft' | 'submitted' | 'published' | (string & {});
  readonly originalLang: string;
  readonly theme: string | null;
  readonly targets: readonly string[];
  readonly goals: readonly number[];
  readonly results: readonly CaseResult[];
  readonly cost: number | null;
  readonly currency: string | null;
  readonly partners: readonly string[];
  readonly contacts: readonly {
    readonly name: string;
    readonly role?: string | null;
    readonly email?: string | null;
  }[];
  readonly links: readonly { readonly url: string; readonly label?: string | null }[];
  readonly publishedAt: string | null;
  readonly texts: readonly CaseText[];
}

/** A monitored indicator of a replicating project: newest actual against its target. */
export interface ReplicationResult {
  readonly indicatorId: string;
  readonly name: string;
  readonly unit: string;
  readonly sdgIndicator: string | null;
  readonly baseline: number | null;
  /** Period of the target and actual (a year, usually) */
  readonly period: string | null;
  readonly target: number | null;
  /** From an approved progress update; null until reported */
  readonly actual: number | null;
}

/** A project that replicates a case, with its headline results. */
export interface Replication {
  readonly projectId: string;
  readonly title: string;
  /** Project status: planned, implementing, completed, suspended */
  readonly status: string;
  readonly city: { readonly slug: string; readonly name: string; readonly country: string };
  readonly results: readonly ReplicationResult[];
}

/** A case with where it was replicated. */
export interface CasePage {
  readonly case: PracticeCase;
  readonly replications: readonly Replication[];
}

/** Why a case was recommended. */
export interface RecommendationReason {
  readonly code:
    | 'weak_goal'
    | 'same_country'
    | 'similar_size'
    | 'same_coast'
    | 'further_stage'
    | 'replicated'
    | 'strong_goal';
  /** The reason in English, from the server */
  readonly message: string;
  readonly weight: number;
  readonly goal?: number;
}

/** A recommended case. */
export interface Recommendation {
  readonly caseId: string;
  readonly title: string;
  readonly city: { readonly id: string; readonly name: string; readonly country: string };
  readonly goals: readonly number[];
  readonly reasons: readonly RecommendationReason[];
}

/** Cases a city could replicate, with its weakest goals. */
export interface Recommendations {
  readonly weakestGoals: readonly number[];
  readonly items: readonly Recommendation[];
}
