import { useBlocker } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseRecord } from '../api/cases-types.ts';
import {
  caseSaveErrors,
  changedLanguages,
  changeToSend,
  draftFromCase,
  isDirty,
  textDraft,
  type CaseDraft,
  type CaseTextField,
  type DraftProblem,
  type FactsDraft,
} from '../lib/case-form.ts';
import type { FieldErrors } from '../lib/field-errors.ts';
import { useSaveCase } from './use-cases.ts';

/** What the case editor shows and does. */
export interface CaseEditor {
  readonly draft: CaseDraft;
  /** The language whose tab is open. */
  readonly active: string;
  readonly setActive: (lang: string) => void;
  readonly setText: (field: CaseTextField, value: string) => void;
  readonly setFacts: (change: Partial<FactsDraft>) => void;
  readonly addLanguage: (lang: string) => void;
  /** Languages added in this session and not saved yet. */
  readonly unsavedLanguages: readonly string[];
  /** Languages whose texts differ from the saved ones. */
  readonly changed: readonly string[];
  readonly dirty: boolean;
  readonly save: () => void;
  readonly saving: boolean;
  /** True right after a save that went through, until the next edit. */
  readonly justSaved: boolean;
  /** The API's problems of the facts, by field. */
  readonly errors: FieldErrors;
  /** The API's problems of the texts, by language, then by field. */
  readonly textErrors: ReadonlyMap<string, FieldErrors>;
  /** The save's error when it was not about fields (network, permission, conflict). */
  readonly failure: unknown;
  /** Problems found before sending (values that are not numbers). */
  readonly problems: readonly DraftProblem[];
}

/**
 * The state of the case editor: the draft of facts and language versions against the last
 * saved case, saving what changed, the API's problems by field, and a warning before leaving
 * with unsaved changes (in the app and when closing the tab).
 */
export function useCaseEditor(record: CaseRecord): CaseEditor {
  const { t } = useTranslation();
  const [saved, setSaved] = useState(() => draftFromCase(record));
  const [draft, setDraft] = useState(saved);
  const [active, setActive] = useState(record.originalLang);
  const [problems, setProblems] = useState<readonly DraftProblem[]>([]);
  const [justSaved, setJustSaved] = useState(false);
  const mutation = useSaveCase(record.id);
  const dirty = isDirty(draft, saved);
  useBlocker({
    shouldBlockFn: () => dirty && !window.confirm(t('cases.editor.leaveConfirm')),
    enableBeforeUnload: dirty,
  });
  const edit = (next: (d: CaseDraft) => CaseDraft) => {
    setJustSaved(false);
    setDraft(next);
  };
  const save = () => {
    const { change, problems: found } = changeToSend(draft, saved);
    setProblems(found);
    if (found.length > 0 || !change) return;
    mutation.mutate(change, {
      onSuccess: (result) => {
        const next = draftFromCase(result);
        setSaved(next);
        setDraft(next);
        setJustSaved(true);
      },
      onError: (error) => {
        // Nothing was saved; open the first refused language unless the open one is refused.
        const refused = draft.langs.filter((lang) => caseSaveErrors(error).texts.has(lang));
        if (refused.length > 0 && !refused.includes(active)) setActive(refused[0]!);
      },
    });
  };
  const error = mutation.error;
  const { facts: errors, texts: textErrors } = caseSaveErrors(error);
  return {
    draft,
    active,
    setActive,
    setText: (field, value) =>
      edit((d) => ({
        ...d,
        texts: { ...d.texts, [active]: { ...(d.texts[active] ?? textDraft()), [field]: value } },
      })),
    setFacts: (change) => edit((d) => ({ ...d, facts: { ...d.facts, ...change } })),
    addLanguage: (lang) => {
      edit((d) => ({
        ...d,
        texts: { ...d.texts, [lang]: textDraft() },
        langs: [...d.langs, lang],
      }));
      setActive(lang);
    },
    unsavedLanguages: draft.langs.filter((lang) => !saved.langs.includes(lang)),
    changed: changedLanguages(draft, saved),
    dirty,
    save,
    saving: mutation.isPending,
    justSaved,
    errors,
    textErrors,
    failure: errors.size === 0 && textErrors.size === 0 ? (error ?? undefined) : undefined,
    problems,
  };
}
