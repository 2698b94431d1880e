import { useCallback, useState } from 'react';

/** Whether the last copy worked. */
export type CopyState = 'idle' | 'copied' | 'failed';

/**
 * Copies text to the clipboard and says how it went; when the browser refuses (no permission,
 * insecure origin), the caller shows the text selected for copying by hand.
 */
export function useCopy(): { readonly state: CopyState; readonly copy: (text: string) => void } {
  const [state, setState] = useState<CopyState>('idle');
  const copy = useCallback((text: string) => {
    if (!navigator.clipboard) {
      setState('failed');
      return;
    }
    navigator.clipboard.writeText(text).then(
      () => setState('copied'),
      () => setState('failed'),
    );
  }, []);
  return { state, copy };
}
