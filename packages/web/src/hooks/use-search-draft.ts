import { useEffect, useState } from 'react';

/** The text in a search box and how to change or submit it. */
export interface SearchDraft {
  readonly draft: string;
  readonly setDraft: (value: string) => void;
  /** Commits the draft now (on Enter) instead of after the pause. */
  readonly flush: () => void;
}

/**
 * Keeps what the user types in a search box apart from the committed search (in the URL): the
 * draft is committed after a pause in typing, and follows the URL when it changes from outside
 * (back button, "clear filters") — but not when the change is the echo of our own commit.
 */
export function useSearchDraft(
  committed: string,
  commit: (value: string) => void,
  delayMs = 300,
): SearchDraft {
  const [draft, setDraft] = useState(committed);
  const [seen, setSeen] = useState({ committed, sent: committed });

  if (committed !== seen.committed) {
    setSeen({ committed, sent: seen.sent });
    if (committed !== seen.sent) setDraft(committed);
  }

  const send = (value: string): void => {
    setSeen((previous) => ({ ...previous, sent: value }));
    commit(value);
  };

  const next = draft.trim();
  useEffect(() => {
    if (next === committed) return;
    const timer = setTimeout(() => {
      setSeen((previous) => ({ ...previous, sent: next }));
      commit(next);
    }, delayMs);
    return () => clearTimeout(timer);
  }, [next, committed, commit, delayMs]);

  return { draft, setDraft, flush: () => send(next) };
}
