import type { caseRepository } from '@frontrunner/db';
import type { CaseFacts, CaseResult, CaseStatus } from '@frontrunner/domain';

/** The texts of a case in one language. */
export interface CaseTextView {
  lang: string;
  title: string;
  summary: string | null;
  problem: string | null;
  actions: string | null;
  resultsText: string | null;
  costsText: string | null;
  whatWorked: string | null;
  whatDidNot: string | null;
  howToReplicate: string | null;
  updatedAt: string;
}

/** A case as services return it: facts, every language version, and its city. */
export interface CaseView {
  id: string;
  city: { id: string; slug: string; name: string; country: string };
  projectId: string | null;
  status: CaseStatus;
  originalLang: string;
  theme: string | null;
  targets: string[];
  goals: number[];
  dimensions: string[];
  results: CaseResult[];
  cost: number | null;
  currency: string | null;
  partners: string[];
  contacts: NonNullable<CaseFacts['contacts']>[number][];
  photos: { url: string; caption?: string | null }[];
  links: { url: string; label?: string | null }[];
  reviewComment: string | null;
  publishedAt: string | null;
  createdAt: string;
  updatedAt: string;
  texts: CaseTextView[];
}

const json = <T>(text: string): T => JSON.parse(text) as T;

/** Maps a case row, its texts and its city to a {@link CaseView}. */
export function toCaseView(
  row: caseRepository.CaseRow,
  texts: readonly caseRepository.CaseTextRow[],
  city: CaseView['city'],
): CaseView {
  const targets = json<string[]>(row.targets);
  return {
    id: row.id,
    city,
    projectId: row.project_id,
    status: row.status,
    originalLang: row.original_lang,
    theme: row.theme,
    targets,
    goals: [...new Set(targets.map((t) => Number(t.split('.')[0])))].sort((a, b) => a - b),
    dimensions: json(row.dimensions),
    results: json(row.results),
    cost: row.cost === null ? null : Number(row.cost),
    currency: row.currency,
    partners: json(row.partners),
    contacts: json(row.contacts),
    photos: json(row.photos),
    links: json(row.links),
    reviewComment: row.review_comment,
    publishedAt: row.published_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    texts: texts
      .filter((t) => t.case_id === row.id)
      .map((t) => ({
        lang: t.lang,
        title: t.title,
        summary: t.summary,
        problem: t.problem,
        actions: t.actions,
        resultsText: t.results_text,
        costsText: t.costs_text,
        whatWorked: t.what_worked,
        whatDidNot: t.what_did_not,
        howToReplicate: t.how_to_replicate,
        updatedAt: t.updated_at,
      })),
  };
}

/** The written parts of a case in one language, as an editor sends them. */
export interface CaseTextInput {
  readonly title: string;
  readonly summary?: string | null | undefined;
  readonly problem?: string | null | undefined;
  readonly actions?: string | null | undefined;
  readonly resultsText?: string | null | undefined;
  readonly costsText?: string | null | undefined;
  readonly whatWorked?: string | null | undefined;
  readonly whatDidNot?: string | null | undefined;
  readonly howToReplicate?: string | null | undefined;
}

/** The columns of a text input. */
export function textColumns(input: CaseTextInput) {
  return {
    title: input.title.trim(),
    summary: input.summary ?? null,
    problem: input.problem ?? null,
    actions: input.actions ?? null,
    results_text: input.resultsText ?? null,
    costs_text: input.costsText ?? null,
    what_worked: input.whatWorked ?? null,
    what_did_not: input.whatDidNot ?? null,
    how_to_replicate: input.howToReplicate ?? null,
  };
}

/** The body that search indexes for a text: every written part, in reading order. */
export function searchableBody(text: CaseTextView): string {
  return [
    text.summary,
    text.problem,
    text.actions,
    text.resultsText,
    text.costsText,
    text.whatWorked,
    text.whatDidNot,
    text.howToReplicate,
  ]
    .filter((part): part is string => Boolean(part))
    .join('\n');
}
