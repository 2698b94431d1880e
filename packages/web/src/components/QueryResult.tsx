import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ApiError } from '../api/api-error.ts';
import { ErrorState, LoadingState } from './StatusMessages.tsx';

/** Props of a query's result view. */
export interface QueryResultProps<T> {
  readonly query: UseQueryResult<T>;
  /**
   * Shown instead of the error state when the resource does not exist: a 404, or a 400 for an
   * address the server cannot even read (a malformed city slug).
   */
  readonly notFound?: ReactNode;
  readonly children: (data: T) => ReactNode;
}

/** Renders a query's data, or its loading state, or its error with a retry. */
export function QueryResult<T>({ query, notFound, children }: QueryResultProps<T>) {
  if (query.isPending) return <LoadingState />;
  if (query.isError) {
    const missing =
      query.error instanceof ApiError && (query.error.isNotFound || query.error.status === 400);
    if (notFound !== undefined && missing) {
      return notFound;
    }
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  }
  return children(query.data);
}
