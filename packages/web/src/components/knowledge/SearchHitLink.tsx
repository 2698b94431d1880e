import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { searchHitTarget } from '../../lib/search-hit-target.ts';

/** A link to a search result's page, followed inside the app (no page reload). */
export function SearchHitLink({
  path,
  children,
}: {
  readonly path: string;
  readonly children: ReactNode;
}) {
  const target = searchHitTarget(path);
  switch (target.kind) {
    case 'case':
      return (
        <Link to="/cases/$id" params={{ id: target.id }}>
          {children}
        </Link>
      );
    case 'project':
      return (
        <Link to="/projects/$id" params={{ id: target.id }}>
          {children}
        </Link>
      );
    case 'city':
      return (
        <Link to="/cities/$slug" params={{ slug: target.slug }}>
          {children}
        </Link>
      );
    case 'goal':
      return (
        <Link to="/goals/$number" params={{ number: target.number }} hash={target.hash}>
          {children}
        </Link>
      );
    case 'other':
      return <a href={target.href}>{children}</a>;
  }
}
