import {
  assertValidCase,
  caseFactProblems,
  type CaseFacts,
  type FieldProblem,
  isLanguageTag,
  requiredProblem,
  ValidationError,
} from '@frontrunner/domain';
import type { CaseTextInput } from './case-view';

/**
 * A change to a case: its facts and/or language versions, written together or not at all.
 * `lang` + `text` is one version (the older shape); `versions` is several, by language tag.
 */
export interface CaseChange {
  readonly facts?: CaseFacts | undefined;
  readonly lang?: string | undefined;
  readonly text?: CaseTextInput | undefined;
  /** The texts of several languages by BCP 47 tag, each added when new or replaced. */
  readonly versions?: Readonly<Record<string, CaseTextInput>> | undefined;
}

/**
 * The language versions a change writes, as `[tag, texts]` in the order given, once every part
 * of the change is checked. Throws one {@link ValidationError} naming every problem — the facts
 * (`cost`), and each version by language and field (`versions.km.title`) — so that a change
 * with any problem writes nothing.
 *
 * @example
 * versionsToWrite({ versions: { km: { title: 'ធនាគារសំរាម' }, en: { title: ' ' } } })
 * // throws ValidationError [{ field: 'versions.en.title', message: 'is required' }]
 */
export function versionsToWrite(change: CaseChange): [string, CaseTextInput][] {
  if (!change.versions) return legacyVersion(change);
  const problems: FieldProblem[] = change.facts ? caseFactProblems(change.facts) : [];
  if (change.lang !== undefined || change.text !== undefined)
    problems.push({ field: 'versions', message: 'cannot be sent with lang and text' });
  const versions = Object.entries(change.versions);
  for (const [lang, text] of versions) {
    if (!isLanguageTag(lang))
      problems.push({
        field: `versions.${lang}`,
        message: 'must be a language tag such as th or en',
      });
    if (!text.title.trim()) problems.push(requiredProblem(`versions.${lang}.title`));
  }
  if (problems.length > 0)
    throw new ValidationError('The case’s changes are not valid; nothing was saved', problems);
  return versions;
}

/** The one version of the older shape (`lang` + `text`), checked as it always was. */
function legacyVersion(change: CaseChange): [string, CaseTextInput][] {
  if (change.facts) assertValidCase(change.facts);
  if (!change.text) return [];
  assertValidCase({}, change.lang ?? '');
  assertTitle(change.text.title);
  return change.lang ? [[change.lang, change.text]] : [];
}

/** Throws when a title is blank. */
export function assertTitle(title: string): void {
  if (!title.trim()) throw new ValidationError('A case needs a title', [requiredProblem('title')]);
}
