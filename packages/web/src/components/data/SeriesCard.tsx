import { Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Series } from '../../api/observation-types.ts';
import type { SeriesChartLines } from '../../lib/chart-option.ts';
import { describeDisaggregation } from '../../lib/disaggregation.ts';
import type { SeriesValues } from '../../lib/series-data.ts';
import { formatAxisValue, formatValue, formatWithUnit, unitLabel } from '../../lib/units.ts';
import { LazySeriesChart } from '../charts/lazy-charts.ts';
import { LoadingState } from '../StatusMessages.tsx';
import { FlagList } from './FlagList.tsx';

/** Props of one series' card. */
export interface SeriesCardProps {
  readonly values: SeriesValues;
  /** The series' name, unit and decimals; the code alone while it loads. */
  readonly series: Series | undefined;
  readonly lines: SeriesChartLines;
  readonly cityName: string;
  readonly countryName: string;
}

/** A series: its latest value with year, unit, flags and footnote, and its chart over the years. */
export function SeriesCard({ values, series, lines, cityName, countryName }: SeriesCardProps) {
  const { t, i18n } = useTranslation();
  const { latest } = values;
  const decimals = series?.decimals ?? 2;
  const unit = series?.unit ?? '';
  const text = useMemo(
    () => ({
      city: cityName,
      country: countryName,
      target: t('data.cityTarget'),
      formatValue: (value: number) => formatValue(value, decimals, i18n.language),
      formatAxis: (value: number) => formatAxisValue(value, i18n.language),
      step: 10 ** -Math.max(0, Math.min(decimals, 6)),
    }),
    [cityName, countryName, t, decimals, i18n.language],
  );
  const first = lines.city[0];
  const last = lines.city.at(-1);
  return (
    <article className="series-card" aria-labelledby={`series-${values.series}`}>
      <h3 id={`series-${values.series}`} className="series-card__title">
        {series?.name ?? values.series}
      </h3>
      <p className="series-card__meta">
        <span className="series-card__code">{values.series}</span>
        {describeDisaggregation(values.main, '') && (
          <span> · {describeDisaggregation(values.main, '')}</span>
        )}
      </p>
      <p className="series-card__latest">
        <span className="series-card__value">
          {series ? formatWithUnit(latest.value, series, i18n.language) : latest.value}
        </span>{' '}
        <span className="series-card__year">{t('data.inYear', { year: latest.year })}</span>{' '}
        <FlagList flags={latest.flags} />
      </p>
      {latest.footnote && <p className="series-card__footnote">{latest.footnote}</p>}
      {unit && (
        <p className="series-card__unit">{t('data.chartUnit', { unit: unitLabel(unit) })}</p>
      )}
      {lines.city.length > 0 && first && last && (
        <Suspense fallback={<LoadingState label={t('data.loadingChart')} />}>
          <LazySeriesChart
            lines={lines}
            text={text}
            label={t('data.chartLabel', {
              name: series?.name ?? values.series,
              first: first.year,
              last: last.year,
              count: lines.city.length,
            })}
          />
        </Suspense>
      )}
      {latest.source && (
        <p className="series-card__source">{t('data.source', { source: latest.source })}</p>
      )}
    </article>
  );
}
