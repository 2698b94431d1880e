import { getRouteApi, Link } from '@tanstack/react-router';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { LazySeriesChart } from '../components/charts/lazy-charts.ts';
import { QueryResult } from '../components/QueryResult.tsx';
import { PrintButton } from '../components/scores/PrintButton.tsx';
import { ColourLabel, TrendArrow } from '../components/scores/ScoreStatus.tsx';
import '../components/scores/scores.css';
import { LoadingState } from '../components/StatusMessages.tsx';
import { useDocumentTitle } from '../hooks/use-document-title.ts';
import { useIndicatorView } from '../hooks/use-indicator-view.ts';
import { endYear, roundScore } from '../lib/score-tiles.ts';
import { formatValue, unitLabel } from '../lib/units.ts';
import { NotFoundContent } from './NotFoundPage.tsx';

const indicatorRoute = getRouteApi('/cities/$slug/dashboard/$series');

/** One indicator of a city's dashboard: its chart to the target, its values and its scoring. */
export function IndicatorScorePage() {
  const { t, i18n } = useTranslation();
  const { slug, series } = indicatorRoute.useParams();
  const view = useIndicatorView(slug, series);
  const { indicator, cityName } = view;
  const num = (value: number) => formatValue(value, 2, i18n.language);
  useDocumentTitle(indicator?.name);
  return (
    <QueryResult query={view.scores} notFound={<NotFoundContent message={t('city.notFound')} />}>
      {() =>
        !indicator ? (
          <NotFoundContent message={t('scores.indicatorNotFound')} />
        ) : (
          <article>
            <p className="back-link">
              <Link to="/cities/$slug/dashboard" params={{ slug }}>
                <span aria-hidden="true">← </span>
                {t('scores.backToDashboard', { city: cityName })}
              </Link>
            </p>
            <h1>{t('scores.indicatorTitle', { name: indicator.name, city: cityName })}</h1>
            <p className="lead">
              {t('scores.goalLabel', { number: indicator.goal })} ·{' '}
              {t('scores.scoreValue', { value: roundScore(indicator.score) ?? '—' })} ·{' '}
              <ColourLabel colour={indicator.colour} /> ·{' '}
              <TrendArrow trend={indicator.trend} withText />
            </p>
            <div className="score-toolbar">
              <PrintButton />
              <Link to="/methods/scoring">{t('scores.howWeCompute')}</Link>
            </div>
            {view.lines && view.lines.city.length > 0 && (
              <div className="score-chart">
                <Suspense fallback={<LoadingState label={t('interlinkages.loadingChart')} />}>
                  <LazySeriesChart
                    lines={view.lines}
                    text={view.text}
                    label={t('scores.chartLabel', {
                      name: indicator.name,
                      city: cityName,
                      year: endYear(indicator),
                    })}
                  />
                </Suspense>
              </div>
            )}
            <h2>{t('scores.valuesHeading')}</h2>
            <div className="score-table-wrap">
              <table className="score-table">
                <thead>
                  <tr>
                    <th scope="col">{t('scores.year')}</th>
                    <th scope="col" className="num">
                      {t('scores.value')} ({unitLabel(indicator.unit)})
                    </th>
                    <th scope="col">{t('scores.table.source')}</th>
                  </tr>
                </thead>
                <tbody>
                  {(view.lines?.city ?? []).map((point) => (
                    <tr key={point.year}>
                      <th scope="row">{point.year}</th>
                      <td className="num">{num(point.value)}</td>
                      <td>
                        {view.observations.data?.items.find(
                          (o) =>
                            o.year === point.year && Object.keys(o.disaggregation).length === 0,
                        )?.source ?? '—'}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <h2>{t('scores.codebookHeading')}</h2>
            <dl className="score-dl">
              <dt>{t('scores.targets')}</dt>
              <dd>{indicator.entry.targets.join(', ')}</dd>
              <dt>{t('scores.direction')}</dt>
              <dd>
                {indicator.entry.direction === 'higher'
                  ? t('scores.directionHigher')
                  : t('scores.directionLower')}
              </dd>
              <dt>{t('scores.optimum')}</dt>
              <dd>{num(indicator.entry.optimum)}</dd>
              <dt>{t('scores.greenThreshold')}</dt>
              <dd>{num(indicator.entry.green)}</dd>
              <dt>{t('scores.redThreshold')}</dt>
              <dd>{num(indicator.entry.red)}</dd>
              <dt>
                {indicator.lowerBoundFrom.kind === 'peer_group'
                  ? t('scores.lowerBoundPeers')
                  : t('scores.lowerBound')}
              </dt>
              <dd>{num(indicator.entry.lowerBound)}</dd>
              <dt>{t('scores.table.distance')}</dt>
              <dd>
                {indicator.distance === null
                  ? t('scores.noDistance')
                  : indicator.target
                    ? t('scores.distanceToCityTarget', {
                        distance: Math.round(indicator.distance.distance),
                        value: num(indicator.target.value),
                        year: indicator.target.year,
                      })
                    : t('scores.distanceToOptimum', {
                        distance: Math.round(indicator.distance.distance),
                        value: num(indicator.distance.endValue),
                      })}
              </dd>
              <dt>{t('scores.codebookSource')}</dt>
              <dd>{indicator.entry.source}</dd>
              <dt>{t('scores.justification')}</dt>
              <dd>{indicator.entry.justification}</dd>
            </dl>
          </article>
        )
      }
    </QueryResult>
  );
}
