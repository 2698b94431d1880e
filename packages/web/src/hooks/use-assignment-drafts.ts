import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { missingScopes, scopeOf, toDraft, type AssignmentDraft } from '../lib/assignments.ts';
import type { Assignment } from '../api/account-types.ts';
import { errorsUnder, type FieldErrors } from '../lib/field-errors.ts';

/** A list of roles being edited, with its checks. */
export interface AssignmentDraftsState {
  readonly drafts: readonly AssignmentDraft[];
  readonly setDrafts: (drafts: AssignmentDraft[]) => void;
  /** Marks an attempt to save; true when every role has its scope. */
  readonly attempt: () => boolean;
  /** The problems of row `index`: a missing scope (after an attempt), then the server's. */
  readonly errorsAt: (index: number, server: FieldErrors) => readonly string[];
  readonly reset: (assignments?: readonly Assignment[]) => void;
}

/** State of an assignment editor, starting from a user's current roles. */
export function useAssignmentDrafts(initial: readonly Assignment[] = []): AssignmentDraftsState {
  const { t } = useTranslation();
  const [drafts, setDrafts] = useState<readonly AssignmentDraft[]>(() => initial.map(toDraft));
  const [attempted, setAttempted] = useState(false);
  const missing = missingScopes(drafts);
  return {
    drafts,
    setDrafts,
    attempt: () => {
      setAttempted(true);
      return missing.length === 0;
    },
    errorsAt: (index, server) => {
      const draft = drafts[index];
      const local =
        attempted && draft && missing.includes(index)
          ? [scopeOf(draft.role) === 'country' ? t('users.countryMissing') : t('users.cityMissing')]
          : [];
      return [...local, ...errorsUnder(server, `assignments.${index}`)];
    },
    reset: (assignments = []) => {
      setDrafts(assignments.map(toDraft));
      setAttempted(false);
    },
  };
}
