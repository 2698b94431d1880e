/** Search of the sign-in page: where to go back to afterwards. */
export interface SignInSearch {
  readonly redirect?: string;
}

/** Reads the sign-in page's search; anything but a string is dropped. */
export function parseSignInSearch(search: Record<string, unknown>): SignInSearch {
  return typeof search.redirect === 'string' && search.redirect !== ''
    ? { redirect: search.redirect }
    : {};
}

/** Search of the account page: `welcome` right after an invitation was accepted. */
export interface AccountSearch {
  readonly welcome?: boolean;
}

/** Reads the account page's search. */
export function parseAccountSearch(search: Record<string, unknown>): AccountSearch {
  return search.welcome === true || search.welcome === 'true' ? { welcome: true } : {};
}

/** Search of the data-entry page: the series being edited. */
export interface DataEntrySearch {
  readonly series?: string;
}

/** Reads the data-entry page's search: a series code of letters, digits and `_`/`-`. */
export function parseDataEntrySearch(search: Record<string, unknown>): DataEntrySearch {
  const series = search.series;
  return typeof series === 'string' && /^[A-Za-z0-9_.-]{1,80}$/.test(series) ? { series } : {};
}
