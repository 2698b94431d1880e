import { useRouterState } from '@tanstack/react-router';
import { useEffect, useRef, type RefObject } from 'react';

/**
 * Moves keyboard and screen-reader focus to the element (the main landmark) after each page
 * change, as a full page load would; the first render keeps the browser's own focus.
 */
export function useFocusOnNavigation<T extends HTMLElement>(): RefObject<T | null> {
  const target = useRef<T>(null);
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    target.current?.focus({ preventScroll: true });
  }, [pathname]);
  return target;
}
