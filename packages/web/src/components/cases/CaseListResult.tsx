import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { CaseRecord } from '../../api/cases-types.ts';
import { QueryResult } from '../QueryResult.tsx';

/** Props of a list of cases. */
export interface CaseListResultProps {
  readonly query: UseQueryResult<{ readonly items: readonly CaseRecord[] }>;
  /** What shows when there are none. */
  readonly empty: ReactNode;
  /** One list item (an `li`) for a case. */
  readonly children: (item: CaseRecord) => ReactNode;
}

/** A list of cases with its loading, error and empty states. */
export function CaseListResult({ query, empty, children }: CaseListResultProps) {
  return (
    <QueryResult query={query}>
      {({ items }) =>
        items.length === 0 ? empty : <ul className="case-list">{items.map(children)}</ul>
      }
    </QueryResult>
  );
}
