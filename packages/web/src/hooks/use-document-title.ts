import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Sets the browser tab title to "<page> · Frontrunner" (or just the app name), so that each
 * page has its own title for bookmarks, history and screen readers.
 */
export function useDocumentTitle(page: string | undefined): void {
  const { t } = useTranslation();
  const title = page ? t('app.pageTitle', { page }) : t('app.name');
  useEffect(() => {
    document.title = title;
  }, [title]);
}
