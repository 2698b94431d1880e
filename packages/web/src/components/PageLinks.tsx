import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';

/**
 * Previous and next links of a paged list whose page lives in the URL's `page` parameter; the
 * other search parameters (filters, query) are kept. Page 1 drops the parameter.
 */
export function PageLinks({
  to,
  page,
  pageCount,
}: {
  readonly to: '/projects' | '/search' | '/trainings';
  readonly page: number;
  readonly pageCount: number;
}) {
  const { t } = useTranslation();
  if (pageCount <= 1) return null;
  return (
    <nav className="pagination" aria-label={t('pagination.label')}>
      {page > 1 ? (
        <Link
          to={to}
          search={(previous: object) => ({ ...previous, page: page > 2 ? page - 1 : undefined })}
          className="button button--quiet"
          rel="prev"
        >
          <span aria-hidden="true">←</span> {t('pagination.previous')}
        </Link>
      ) : (
        <span />
      )}
      <span className="pagination__status">{t('pagination.page', { page, pages: pageCount })}</span>
      {page < pageCount ? (
        <Link
          to={to}
          search={(previous: object) => ({ ...previous, page: page + 1 })}
          className="button button--quiet"
          rel="next"
        >
          {t('pagination.next')} <span aria-hidden="true">→</span>
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
