import { useCallback, useRef, type RefObject } from 'react';

/** An element to move focus to, and the function that does it. */
export interface FocusTarget<T extends HTMLElement> {
  /** Put on the element; give it `tabIndex={-1}` unless it is focusable anyway. */
  readonly ref: RefObject<T | null>;
  /** Focuses the element, scrolling it into view. */
  readonly focus: () => void;
}

/**
 * A place to send focus after an action that replaces content in place — e.g. the top of the
 * city list after "Next page", so keyboard and screen-reader users start reading the new page.
 */
export function useFocusTarget<T extends HTMLElement>(): FocusTarget<T> {
  const ref = useRef<T>(null);
  const focus = useCallback(() => ref.current?.focus(), []);
  return { ref, focus };
}
