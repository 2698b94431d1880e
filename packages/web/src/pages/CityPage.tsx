import { getRouteApi, Link } from '@tanstack/react-router';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { City } from '../api/types.ts';
import { CityFacts } from '../components/CityFacts.tsx';
import { CityDataSection } from '../components/data/CityDataSection.tsx';
import { CityLinks } from '../components/CityLinks.tsx';
import { CertificateList } from '../components/graduation/CertificateList.tsx';
import { CityScoresSection } from '../components/scores/CityScoresSection.tsx';
import { LazyCityLocationMap } from '../components/map/lazy-maps.ts';
import { QueryResult } from '../components/QueryResult.tsx';
import { LoadingState } from '../components/StatusMessages.tsx';
import { useCity } from '../hooks/use-cities.ts';
import { useCountryOutlines } from '../hooks/use-countries.ts';
import { useDocumentTitle } from '../hooks/use-document-title.ts';
import { useGoals } from '../hooks/use-goals.ts';
import { NotFoundContent } from './NotFoundPage.tsx';
import { useCountryName } from '../hooks/use-country-name.ts';

const cityRoute = getRouteApi('/cities/$slug');

/** A city's public profile with a small map. */
export function CityPage() {
  const { t } = useTranslation();
  const city = useCity(cityRoute.useParams().slug);
  return (
    <QueryResult query={city} notFound={<NotFoundContent message={t('city.notFound')} />}>
      {(data) => <CityView city={data} />}
    </QueryResult>
  );
}

/** A loaded city: facts beside its map and outside links, then its indicator data. */
function CityView({ city }: { readonly city: City }) {
  const { t } = useTranslation();
  const goals = useGoals();
  const country = useCountryName();
  const outlines = useCountryOutlines();
  useDocumentTitle(city.name);
  return (
    <article className="city">
      <p className="back-link">
        <Link to="/cities">
          <span aria-hidden="true">← </span>
          {t('city.allCities')}
        </Link>
      </p>
      <h1>{city.name}</h1>
      <p className="lead">{[city.province, country(city.country)].filter(Boolean).join(', ')}</p>
      <p>
        <Link to="/cities/$slug/reports" params={{ slug: city.slug }}>
          {t('reports.link')}
        </Link>
        {' · '}
        <Link to="/cities/$slug/cases" params={{ slug: city.slug }}>
          {t('cases.link')}
        </Link>
        {' · '}
        <Link to="/cities/$slug/surveys" params={{ slug: city.slug }}>
          {t('surveyAdmin.link')}
        </Link>
      </p>
      <div className="city__layout">
        <section aria-labelledby="profile-heading">
          <h2 id="profile-heading">{t('city.profile')}</h2>
          <CityFacts city={city} goals={goals.data} />
          <CertificateList slug={city.slug} quiet />
        </section>
        <div className="city__aside">
          <Suspense fallback={<LoadingState label={t('status.loadingMap')} />}>
            <LazyCityLocationMap city={city} outlines={outlines.data} />
          </Suspense>
          <CityLinks city={city} />
        </div>
      </div>
      <CityScoresSection city={city} />
      <CityDataSection city={city} />
    </article>
  );
}
