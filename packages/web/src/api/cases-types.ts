/**
 * Shapes of the case-writing API (issue 9) as the editor reads and sends them: a mirror of
 * `presentCase` and the `caseText` / `caseFacts` schemas in
 * `packages/server/src/routes/knowledge/knowledge.schema.ts`.
 */

import type { CaseResult, CaseText } from './knowledge-types.ts';

/** Where a case is in its review: written, sent to the secretariat, public, or sent back. */
export type CaseStatus = 'draft' | 'submitted' | 'published' | 'returned';

/** The written parts of a case in one language (the case page's shape, without the tag). */
export type CaseTextFields = Omit<CaseText, 'lang'>;

/** One language version of a case: its BCP 47 tag (en, km, lo, my, th, …) and its texts. */
export type CaseLanguageVersion = CaseText;

/** A result with a number, linked where possible to a monitored series. */
export type CaseResultFact = CaseResult;

/** The language-neutral facts of a case, as the editor sends them. */
export interface CaseFactsInput {
  readonly theme: string | null;
  /** SDG target codes such as 11.6. */
  readonly targets: readonly string[];
  /** environment, society, economy. */
  readonly dimensions: readonly string[];
  readonly results: readonly CaseResultFact[];
  /** Total cost, in `currency`. */
  readonly cost: number | null;
  /** ISO 4217 code. */
  readonly currency: string | null;
  readonly partners: readonly string[];
  readonly contacts: readonly {
    readonly name: string;
    readonly role?: string | null;
    readonly email?: string | null;
  }[];
  readonly photos: readonly { readonly url: string; readonly caption?: string | null }[];
  readonly links: readonly { readonly url: string; readonly label?: string | null }[];
}

/** A case with every field, as its team and the secretariat see it. */
export interface CaseRecord extends CaseFactsInput {
  readonly id: string;
  readonly city: { readonly slug: string; readonly name: string; readonly country: string };
  readonly projectId: string | null;
  readonly status: CaseStatus;
  /** Language the case was first written in. */
  readonly originalLang: string;
  readonly goals: readonly number[];
  /** What the secretariat asked to change when it last returned the case. */
  readonly reviewComment: string | null;
  readonly publishedAt: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly texts: readonly CaseLanguageVersion[];
}

/**
 * A change, saved all together or not at all: the facts, and/or the texts of several languages
 * by tag (each added when new). The API also takes one language as `lang` + `text`.
 */
export interface CaseChange {
  readonly facts?: CaseFactsInput;
  readonly versions?: Readonly<Record<string, CaseTextFields>>;
}

/** What the city (submit) or the secretariat (publish, return) does to a case. */
export interface CaseReviewRequest {
  readonly action: 'submit' | 'publish' | 'return';
  /** What to change; required to return. */
  readonly comment?: string;
}
