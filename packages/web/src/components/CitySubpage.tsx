import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { City } from '../api/types.ts';
import { useCity } from '../hooks/use-cities.ts';
import { NotFoundContent } from '../pages/NotFoundPage.tsx';
import { QueryResult } from './QueryResult.tsx';

/** Loads the city a page is about: its loading, error and not-found states included. */
export function CitySubpage({
  slug,
  children,
}: {
  readonly slug: string;
  readonly children: (city: City) => ReactNode;
}) {
  const { t } = useTranslation();
  const city = useCity(slug);
  return (
    <QueryResult query={city} notFound={<NotFoundContent message={t('city.notFound')} />}>
      {children}
    </QueryResult>
  );
}

/** The link back to the city's own page, above a page about it. */
export function BackToCity({ city }: { readonly city: City }) {
  return (
    <p className="back-link">
      <Link to="/cities/$slug" params={{ slug: city.slug }}>
        <span aria-hidden="true">← </span>
        {city.name}
      </Link>
    </p>
  );
}
