import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';

/** Props of the city list's pagination. */
export interface CityPaginationProps {
  /** 1-based. */
  readonly page: number;
  readonly pageCount: number;
  /** Called when a page link is followed, to move focus to the top of the list. */
  readonly onNavigate?: () => void;
}

/** Previous and next page links of the city list, keeping the other search parameters. */
export function CityPagination({ page, pageCount, onNavigate }: CityPaginationProps) {
  const { t } = useTranslation();
  if (pageCount <= 1) return null;
  return (
    <nav className="pagination" aria-label={t('pagination.label')}>
      {page > 1 ? (
        <Link
          to="/cities"
          search={(previous) => ({ ...previous, page: page > 2 ? page - 1 : undefined })}
          className="button button--quiet"
          rel="prev"
          resetScroll={false}
          onClick={onNavigate}
        >
          <span aria-hidden="true">←</span> {t('pagination.previous')}
        </Link>
      ) : (
        <span />
      )}
      <span className="pagination__status">{t('pagination.page', { page, pages: pageCount })}</span>
      {page < pageCount ? (
        <Link
          to="/cities"
          search={(previous) => ({ ...previous, page: page + 1 })}
          className="button button--quiet"
          rel="next"
          resetScroll={false}
          onClick={onNavigate}
        >
          {t('pagination.next')} <span aria-hidden="true">→</span>
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
