import { useLocation } from '@tanstack/react-router';
import { useEffect } from 'react';

/**
 * The URL's hash (without `#`), scrolled into view once the page's content has loaded: the
 * router scrolls on navigation, but a goal's targets arrive only after their request.
 */
export function useScrollToHash(ready: boolean): string {
  const hash = useLocation({ select: (location) => location.hash });
  useEffect(() => {
    if (!ready || !hash) return;
    document.getElementById(hash)?.scrollIntoView({ block: 'start' });
  }, [ready, hash]);
  return hash;
}
