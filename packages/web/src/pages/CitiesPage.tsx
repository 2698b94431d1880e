import { useNavigate } from '@tanstack/react-router';
import { Suspense, useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { CityFilters } from '../components/CityFilters.tsx';
import { CityResults } from '../components/CityResults.tsx';
import { LazyCitiesMap } from '../components/map/lazy-maps.ts';
import { StageLegend } from '../components/StageLegend.tsx';
import { LoadingState } from '../components/StatusMessages.tsx';
import { useCities, useCityPoints } from '../hooks/use-cities.ts';
import { useCitiesSearch } from '../hooks/use-cities-search.ts';
import { useCountries, useCountryOutlines } from '../hooks/use-countries.ts';
import { useDocumentTitle } from '../hooks/use-document-title.ts';
import { toCityListQuery } from '../routes/cities-search.ts';

/** The searchable city list beside a map of the same cities. */
export function CitiesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('cities.title'));
  const state = useCitiesSearch();
  const { search } = state;
  const cities = useCities(toCityListQuery(search));
  const countries = useCountries();
  const outlines = useCountryOutlines();
  const points = useCityPoints(search.country);
  const navigate = useNavigate();
  const openCity = useCallback(
    (slug: string) => void navigate({ to: '/cities/$slug', params: { slug } }),
    [navigate],
  );

  return (
    <>
      <h1>{t('cities.title')}</h1>
      <p className="lead">{t('cities.intro')}</p>
      <CityFilters state={state} countries={countries.data ?? []} />
      <div className="cities-layout">
        <section className="cities-layout__map">
          <Suspense fallback={<LoadingState label={t('status.loadingMap')} />}>
            <LazyCitiesMap
              outlines={outlines.data}
              points={points.data}
              country={search.country}
              stage={search.stage}
              onSelectCity={openCity}
            />
          </Suspense>
          <StageLegend />
          <p className="small muted">{t('cities.mapNote')}</p>
        </section>
        <section className="cities-layout__list">
          <CityResults query={cities} onClear={state.filtered ? state.clear : undefined} />
        </section>
      </div>
    </>
  );
}
