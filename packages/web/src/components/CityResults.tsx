import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { City, Page } from '../api/types.ts';
import { useFocusTarget } from '../hooks/use-focus-target.ts';
import { CityList } from './CityList.tsx';
import { CityPagination } from './CityPagination.tsx';
import { QueryResult } from './QueryResult.tsx';
import { EmptyState } from './StatusMessages.tsx';

/** Props of the city results. */
export interface CityResultsProps {
  readonly query: UseQueryResult<Page<City>>;
  /** Offers "Clear filters" when nothing matches; absent when there is nothing to clear. */
  readonly onClear: (() => void) | undefined;
}

/** The number of matching cities, one page of them, and the page links. */
export function CityResults({ query, onClear }: CityResultsProps) {
  const { t } = useTranslation();
  const top = useFocusTarget<HTMLParagraphElement>();
  return (
    <QueryResult query={query}>
      {(page) => {
        const pageCount = Math.ceil(page.total / page.limit);
        const current = Math.floor(page.offset / page.limit) + 1;
        return (
          <>
            <p className="result-count" role="status" ref={top.ref} tabIndex={-1}>
              {t('cities.total', { count: page.total })}
              {pageCount > 1 && (
                <span className="result-count__page">
                  {' · '}
                  {t('pagination.page', { page: current, pages: pageCount })}
                </span>
              )}
            </p>
            {page.items.length === 0 ? (
              <EmptyState
                title={t('cities.empty')}
                hint={t('cities.emptyHint')}
                action={
                  onClear && (
                    <button type="button" className="button" onClick={onClear}>
                      {t('cities.clearFilters')}
                    </button>
                  )
                }
              />
            ) : (
              <>
                <CityList cities={page.items} busy={query.isPlaceholderData} />
                <CityPagination page={current} pageCount={pageCount} onNavigate={top.focus} />
              </>
            )}
          </>
        );
      }}
    </QueryResult>
  );
}
