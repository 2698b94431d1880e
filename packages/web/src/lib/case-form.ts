import type {
  CaseChange,
  CaseFactsInput,
  CaseLanguageVersion,
  CaseRecord,
  CaseResultFact,
  CaseTextFields,
} from '../api/cases-types.ts';
import { fieldErrors, type FieldErrors } from './field-errors.ts';

/**
 * The languages a case may be written in: the region's (the search index segments each of them)
 * and English. Tags as the API takes them; `tl` is Filipino.
 */
export const CASE_LANGUAGES = ['en', 'km', 'lo', 'my', 'th', 'vi', 'id', 'ms', 'tl'] as const;

/** The written parts of a case, in reading order. */
export const CASE_TEXT_FIELDS = [
  'title',
  'summary',
  'problem',
  'actions',
  'resultsText',
  'costsText',
  'whatWorked',
  'whatDidNot',
  'howToReplicate',
] as const;

/** One written part of a case. */
export type CaseTextField = (typeof CASE_TEXT_FIELDS)[number];

/** The texts of one language as the form holds them: every field a string. */
export type TextDraft = Record<CaseTextField, string>;

/** A result row as typed: numbers still text until saved. */
export interface ResultDraft {
  readonly label: string;
  readonly value: string;
  readonly unit: string;
  readonly baseline: string;
  readonly year: string;
  readonly seriesCode: string;
}

/** A contact row as typed. */
export interface ContactDraft {
  readonly name: string;
  readonly role: string;
  readonly email: string;
}

/** A photo or link row as typed: an address and its caption or label. */
export interface UrlDraft {
  readonly url: string;
  readonly text: string;
}

/** The facts of a case as the form holds them. */
export interface FactsDraft {
  readonly theme: string;
  /** SDG target codes separated by commas or spaces. */
  readonly targets: string;
  readonly dimensions: readonly string[];
  readonly results: readonly ResultDraft[];
  readonly cost: string;
  readonly currency: string;
  /** One partner a line. */
  readonly partners: string;
  readonly contacts: readonly ContactDraft[];
  readonly photos: readonly UrlDraft[];
  readonly links: readonly UrlDraft[];
}

/** Everything the editor holds: the facts and the texts of each language, in tab order. */
export interface CaseDraft {
  readonly facts: FactsDraft;
  readonly texts: Readonly<Record<string, TextDraft>>;
  /** Languages in tab order: the original first, then the others as saved or added. */
  readonly langs: readonly string[];
}

/** A problem the form finds before sending: a field path and what is wrong. */
export interface DraftProblem {
  readonly field: string;
  readonly problem: 'required' | 'number' | 'integer';
}

/** A value as a form field holds it: empty for null and undefined. */
export const str = (value: string | number | null | undefined): string =>
  value === null || value === undefined ? '' : String(value);

/** The text draft of a language version (empty strings for missing parts). */
export function textDraft(version?: CaseTextFields): TextDraft {
  return Object.fromEntries(CASE_TEXT_FIELDS.map((f) => [f, str(version?.[f])])) as TextDraft;
}

/** The facts of a saved case as the form holds them. */
export function factsDraft(record: CaseFactsInput): FactsDraft {
  return {
    theme: record.theme ?? '',
    targets: record.targets.join(', '),
    dimensions: [...record.dimensions],
    results: record.results.map((r) => ({
      label: r.label,
      value: str(r.value),
      unit: r.unit,
      baseline: str(r.baseline),
      year: str(r.year),
      seriesCode: str(r.seriesCode),
    })),
    cost: str(record.cost),
    currency: record.currency ?? '',
    partners: record.partners.join('\n'),
    contacts: record.contacts.map((c) => ({
      name: c.name,
      role: str(c.role),
      email: str(c.email),
    })),
    photos: record.photos.map((p) => ({ url: p.url, text: str(p.caption) })),
    links: record.links.map((l) => ({ url: l.url, text: str(l.label) })),
  };
}

/** The languages of a case in tab order: the original first, the others by tag. */
export function orderedLanguages(
  originalLang: string,
  texts: readonly Pick<CaseLanguageVersion, 'lang'>[],
): string[] {
  const others = texts
    .map((t) => t.lang)
    .filter((lang) => lang !== originalLang)
    .sort();
  return [originalLang, ...others];
}

/** The editor's starting point for a saved case. */
export function draftFromCase(record: CaseRecord): CaseDraft {
  return {
    facts: factsDraft(record),
    texts: Object.fromEntries(record.texts.map((t) => [t.lang, textDraft(t)])),
    langs: orderedLanguages(record.originalLang, record.texts),
  };
}

/** The languages a version may still be added in (those the case has not got yet). */
export function addableLanguages(langs: readonly string[]): string[] {
  return CASE_LANGUAGES.filter((lang) => !langs.includes(lang));
}

const blankToNull = (value: string): string | null => (value.trim() === '' ? null : value.trim());

function parseNumber(
  text: string,
  field: string,
  problems: DraftProblem[],
  { required = false, integer = false } = {},
): number | null {
  const trimmed = text.trim().replace(/,/g, '');
  if (trimmed === '') {
    if (required) problems.push({ field, problem: 'required' });
    return null;
  }
  const value = Number(trimmed);
  if (!Number.isFinite(value)) problems.push({ field, problem: 'number' });
  else if (integer && !Number.isInteger(value)) problems.push({ field, problem: 'integer' });
  return Number.isFinite(value) ? value : null;
}

function resultOf(row: ResultDraft, index: number, problems: DraftProblem[]): CaseResultFact {
  const at = `results.${index}`;
  return {
    label: row.label.trim(),
    value: parseNumber(row.value, `${at}.value`, problems, { required: true }) ?? 0,
    unit: row.unit.trim(),
    baseline: parseNumber(row.baseline, `${at}.baseline`, problems),
    year: parseNumber(row.year, `${at}.year`, problems, { integer: true }),
    seriesCode: blankToNull(row.seriesCode),
  };
}

/**
 * The facts to send, and the problems that stop the form sending them (a value that is not a
 * number cannot travel as JSON). Everything else — target codes, URLs, emails, currency — the
 * API checks and names by field.
 *
 * @example
 * factsFromDraft({ ...draft, cost: '12,500' }).facts.cost // 12500
 */
export function factsFromDraft(draft: FactsDraft): {
  facts: CaseFactsInput;
  problems: DraftProblem[];
} {
  const problems: DraftProblem[] = [];
  const facts: CaseFactsInput = {
    theme: blankToNull(draft.theme),
    targets: draft.targets.split(/[\s,;]+/).filter(Boolean),
    dimensions: [...draft.dimensions],
    results: draft.results.map((row, i) => resultOf(row, i, problems)),
    cost: parseNumber(draft.cost, 'cost', problems),
    currency: blankToNull(draft.currency)?.toUpperCase() ?? null,
    partners: draft.partners
      .split('\n')
      .map((p) => p.trim())
      .filter(Boolean),
    contacts: draft.contacts.map((c) => ({
      name: c.name.trim(),
      role: blankToNull(c.role),
      email: blankToNull(c.email),
    })),
    photos: draft.photos.map((p) => ({ url: p.url.trim(), caption: blankToNull(p.text) })),
    links: draft.links.map((l) => ({ url: l.url.trim(), label: blankToNull(l.text) })),
  };
  return { facts, problems };
}

/** The texts of one language to send: blank parts as null, the title trimmed. */
export function textFromDraft(draft: TextDraft): CaseTextFields {
  const text = Object.fromEntries(
    CASE_TEXT_FIELDS.map((f) => [f, f === 'title' ? draft.title.trim() : blankToNull(draft[f])]),
  );
  return text as unknown as CaseTextFields;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Whether the facts differ from the saved ones. */
export function factsChanged(draft: CaseDraft, saved: CaseDraft): boolean {
  return !same(draft.facts, saved.facts);
}

/** Languages whose texts differ from the saved ones, or that are new, in tab order. */
export function changedLanguages(draft: CaseDraft, saved: CaseDraft): string[] {
  return draft.langs.filter((lang) => !same(draft.texts[lang], saved.texts[lang]));
}

/** Whether anything would be lost by leaving the editor now. */
export function isDirty(draft: CaseDraft, saved: CaseDraft): boolean {
  return factsChanged(draft, saved) || changedLanguages(draft, saved).length > 0;
}

/** The API's field problems of a failed save, split as the editor shows them. */
export interface CaseSaveErrors {
  /** Problems of the facts, by the form's field names (`cost`, `results.0.value`). */
  readonly facts: FieldErrors;
  /** Problems of each refused language version, by language, then by text field (`title`). */
  readonly texts: ReadonlyMap<string, FieldErrors>;
}

/**
 * The API's field problems of a failed save, keyed as the form names its fields: a language
 * version's under its language (`body.versions.km.problem` → `km` / `problem`; the tag itself
 * refused → `km` / `lang`), the facts' without the `facts.` of schema errors
 * (`body.facts.results[0].value` → `results.0.value`), as the service's own errors already are.
 * Both maps are empty for an error that is not about fields.
 *
 * @example
 * caseSaveErrors(new ApiError(400, 'VALIDATION_FAILED', '', [{ field: 'versions.km.title', message: 'is required' }]))
 * // { facts: Map {}, texts: Map { 'km' => Map { 'title' => ['is required'] } } }
 */
export function caseSaveErrors(error: unknown): CaseSaveErrors {
  const facts = new Map<string, string[]>();
  const texts = new Map<string, Map<string, string[]>>();
  const add = (map: Map<string, string[]>, key: string, messages: readonly string[]) =>
    map.set(key, [...(map.get(key) ?? []), ...messages]);
  for (const [field, messages] of fieldErrors(error)) {
    const version = /^versions\.([^.]+)(?:\.(.+))?$/.exec(field);
    if (version) {
      const lang = version[1]!;
      const byField = texts.get(lang) ?? new Map<string, string[]>();
      texts.set(lang, add(byField, version[2] ?? 'lang', messages));
    } else add(facts, field.replace(/^facts(\.|$)/, '') || field, messages);
  }
  return { facts, texts };
}

/**
 * The one change a save sends: the facts when they changed, and the texts of every changed or
 * new language by tag — the API writes them all together or none. Undefined when nothing
 * changed, and nothing is sent while a value is not a number: `problems` says which.
 */
export function changeToSend(
  draft: CaseDraft,
  saved: CaseDraft,
): { change: CaseChange | undefined; problems: DraftProblem[] } {
  const { facts, problems } = factsFromDraft(draft.facts);
  if (problems.length > 0) return { change: undefined, problems };
  const withFacts = factsChanged(draft, saved);
  const langs = changedLanguages(draft, saved);
  if (!withFacts && langs.length === 0) return { change: undefined, problems };
  const versions = Object.fromEntries(
    langs.map((lang) => [lang, textFromDraft(draft.texts[lang] ?? textDraft())]),
  );
  return {
    change: { ...(withFacts ? { facts } : {}), ...(langs.length > 0 ? { versions } : {}) },
    problems,
  };
}
