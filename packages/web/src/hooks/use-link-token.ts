import { useState } from 'react';

/**
 * Reads the one-time token of an emailed link (`…#token=…`; the fragment never reaches a
 * server or a Referer) and takes it out of the address bar, so it stays out of the history,
 * bookmarks and screenshots. Undefined when the address carries none.
 */
export function useLinkToken(): string | undefined {
  const [token] = useState(() => {
    const found = new URLSearchParams(window.location.hash.replace(/^#/, '')).get('token');
    if (found) {
      window.history.replaceState(
        window.history.state,
        '',
        window.location.pathname + window.location.search,
      );
    }
    return found ?? undefined;
  });
  return token;
}
