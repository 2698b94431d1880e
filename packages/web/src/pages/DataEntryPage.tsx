import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { City } from '../api/types.ts';
import { DataEntryWorkspace } from '../components/entry/DataEntryWorkspace.tsx';
import { SeriesPicker } from '../components/entry/SeriesPicker.tsx';
import { QueryResult } from '../components/QueryResult.tsx';
import { RequireAccess } from '../components/RequireAccess.tsx';
import { useCity } from '../hooks/use-cities.ts';
import { useSeries } from '../hooks/use-city-data.ts';
import { useDocumentTitle } from '../hooks/use-document-title.ts';
import { unitLabel } from '../lib/units.ts';
import { NotFoundContent } from './NotFoundPage.tsx';

const dataRoute = getRouteApi('/cities/$slug/data');

/** Data entry for a city's team: pick a series, type values in the grid, save, submit. */
export function DataEntryPage() {
  const { t } = useTranslation();
  const city = useCity(dataRoute.useParams().slug);
  return (
    <QueryResult query={city} notFound={<NotFoundContent message={t('city.notFound')} />}>
      {(data) => (
        <RequireAccess
          action="observation.write"
          city={data}
          audience={t('access.audienceCityTeam')}
        >
          {() => <DataEntryView city={data} />}
        </RequireAccess>
      )}
    </QueryResult>
  );
}

function DataEntryView({ city }: { readonly city: City }) {
  const { t } = useTranslation();
  const { series: code } = dataRoute.useSearch();
  const navigate = dataRoute.useNavigate();
  const series = useSeries(code);
  useDocumentTitle(t('entry.pageTitle', { city: city.name }));
  return (
    <div className="data-entry">
      <p className="back-link">
        <Link to="/cities/$slug" params={{ slug: city.slug }}>
          <span aria-hidden="true">← </span>
          {city.name}
        </Link>
      </p>
      <h1>{t('entry.title', { city: city.name })}</h1>
      {!code ? (
        <>
          <p className="lead">{t('entry.intro')}</p>
          <SeriesPicker onPick={(picked) => void navigate({ search: { series: picked.code } })} />
          <p>
            <Link to="/cities/$slug/import" params={{ slug: city.slug }}>
              {t('entry.orImport')}
            </Link>
          </p>
        </>
      ) : (
        <QueryResult
          query={series}
          notFound={<p className="form-failure">{t('entry.unknownSeries')}</p>}
        >
          {(info) => (
            <>
              <div className="entry-series">
                <h2 className="entry-series__name">{info.name}</h2>
                <p className="entry-series__meta">
                  {info.code} · {t('entry.unit', { unit: unitLabel(info.unit) })}
                </p>
                <button
                  type="button"
                  className="button button--quiet button--small"
                  onClick={() => void navigate({ search: {} })}
                >
                  {t('entry.changeSeries')}
                </button>
              </div>
              <DataEntryWorkspace key={info.code} city={city} series={info} />
            </>
          )}
        </QueryResult>
      )}
    </div>
  );
}
