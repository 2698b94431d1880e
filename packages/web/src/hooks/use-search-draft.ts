import { useEffect, useState } from 'react';

/** The text in a search box and how to change or submit it. */
export interface SearchDraft {
  readonly draft: string;
  readonly setDraft: (value: string) => void;
  /** Commits the draft now (on Enter) instead of after the pause. */
  readonly flush: () => void;
}

/** What the hook remembers of the committed value. */
export interface SeenCommit {
  /** The committed value at the last render. */
  readonly committed: string;
  /** A value we committed whose echo has not come back yet. */
  readonly pending: string | undefined;
}

/**
 * Decides what a change of the committed value means for the draft: our own commit coming
 * back (keep typing undisturbed) or a change from outside (show it in the box).
 *
 * @example
 * reconcileDraft({ committed: '', pending: 'ph' }, 'ph') // { seen: {committed:'ph', pending: undefined}, resetDraft: false }
 */
export function reconcileDraft(
  seen: SeenCommit,
  committed: string,
): { readonly seen: SeenCommit; readonly resetDraft: boolean } {
  return { seen: { committed, pending: undefined }, resetDraft: committed !== seen.pending };
}

/**
 * Keeps what the user types in a search box apart from the committed search (in the URL): the
 * draft is committed after a pause in typing, and follows the URL when it changes from outside
 * (back button, "clear filters") — but not when the change is the echo of our own commit,
 * which would overwrite what was typed meanwhile.
 */
export function useSearchDraft(
  committed: string,
  commit: (value: string) => void,
  delayMs = 300,
): SearchDraft {
  const [draft, setDraft] = useState(committed);
  const [seen, setSeen] = useState<SeenCommit>({ committed, pending: undefined });

  if (committed !== seen.committed) {
    const reconciled = reconcileDraft(seen, committed);
    setSeen(reconciled.seen);
    if (reconciled.resetDraft) setDraft(committed);
  }

  const next = draft.trim();
  useEffect(() => {
    if (next === committed) return;
    const timer = setTimeout(() => {
      setSeen((previous) => ({ ...previous, pending: next }));
      commit(next);
    }, delayMs);
    return () => clearTimeout(timer);
  }, [next, committed, commit, delayMs]);

  const flush = (): void => {
    if (next === committed) return;
    setSeen((previous) => ({ ...previous, pending: next }));
    commit(next);
  };

  return { draft, setDraft, flush };
}
