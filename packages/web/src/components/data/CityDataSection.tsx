import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { City } from '../../api/types.ts';
import { useCityDataSection, type DataDisplay } from '../../hooks/use-city-data-section.ts';
import { lineOf, targetLine } from '../../lib/series-data.ts';
import { QueryResult } from '../QueryResult.tsx';
import { EmptyState } from '../StatusMessages.tsx';
import { DownloadLinks } from './DownloadLinks.tsx';
import { SeriesCard } from './SeriesCard.tsx';
import { SeriesTable } from './SeriesTable.tsx';
import { useCountryName } from '../../hooks/use-country-name.ts';

const displays: readonly DataDisplay[] = ['charts', 'tables'];

/**
 * A city's published indicator values, a card and chart per series (or tables), with the
 * country's values and the city's targets beside them, and downloads in every format.
 */
export function CityDataSection({ city }: { readonly city: City }) {
  const { t } = useTranslation();
  const country = useCountryName();
  const data = useCityDataSection(city);
  return (
    <section className="city-data" aria-labelledby="data-heading">
      <div className="city-data__header">
        <h2 id="data-heading">{t('data.title')}</h2>
        {data.canEdit && (
          <p className="city-data__team">
            <Link to="/cities/$slug/data" params={{ slug: city.slug }} className="button button--small">
              {t('data.enter')}
            </Link>
            <Link
              to="/cities/$slug/import"
              params={{ slug: city.slug }}
              className="button button--quiet button--small"
            >
              {t('data.import')}
            </Link>
          </p>
        )}
      </div>
      <QueryResult query={data.observations}>
        {() =>
          data.groups.length === 0 ? (
            <EmptyState title={t('data.empty')} hint={t('data.emptyHint')} />
          ) : (
            <>
              <div className="segmented" role="group" aria-label={t('data.displayLabel')}>
                {displays.map((display) => (
                  <button
                    key={display}
                    type="button"
                    aria-pressed={data.display === display}
                    onClick={() => data.setDisplay(display)}
                  >
                    {t(`data.display.${display}`)}
                  </button>
                ))}
              </div>
              <div className={data.display === 'charts' ? 'series-cards' : 'series-tables'}>
                {data.groups.map((values) =>
                  data.display === 'charts' ? (
                    <SeriesCard
                      key={values.series}
                      values={values}
                      series={data.seriesInfo.get(values.series)}
                      cityName={city.name}
                      countryName={country(city.country)}
                      lines={{
                        city: lineOf(values.observations, values.main),
                        country: lineOf(
                          data.countryValues.filter((o) => o.series === values.series),
                          values.main,
                        ),
                        target: targetLine(data.targets ?? [], values.series, values.main),
                      }}
                    />
                  ) : (
                    <SeriesTable
                      key={values.series}
                      values={values}
                      series={data.seriesInfo.get(values.series)}
                    />
                  ),
                )}
              </div>
              <DownloadLinks slug={city.slug} cityName={city.name} />
            </>
          )
        }
      </QueryResult>
    </section>
  );
}
