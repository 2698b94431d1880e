import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { SeriesChartLines, SeriesChartText } from '../lib/chart-option.ts';
import { endValueLine, endYear } from '../lib/score-tiles.ts';
import { lineOf } from '../lib/series-data.ts';
import { formatAxisValue, formatValue } from '../lib/units.ts';
import { useCityObservations } from './use-city-data.ts';
import { useCityScores } from './use-scores.ts';

/**
 * One indicator of a city's dashboard with its chart: the city's approved headline values
 * over the years and the end value (the city's target, else the optimum) up to its year.
 */
export function useIndicatorView(slug: string, series: string) {
  const { t, i18n } = useTranslation();
  const scores = useCityScores(slug);
  const observations = useCityObservations(slug, 'public', series);
  const indicator = scores.data?.indicators.find((i) => i.series === series);
  const cityName = scores.data?.city.name ?? slug;
  const lines = useMemo<SeriesChartLines | undefined>(() => {
    if (!indicator || !observations.data) return undefined;
    const city = lineOf(observations.data.items, {});
    return { city, country: [], target: endValueLine(indicator, city) };
  }, [indicator, observations.data]);
  const text = useMemo<SeriesChartText>(
    () => ({
      city: cityName,
      country: '',
      target: t('scores.chartTarget', { year: indicator ? endYear(indicator) : 2030 }),
      formatValue: (value: number) => formatValue(value, 2, i18n.language),
      formatAxis: (value: number) => formatAxisValue(value, i18n.language),
      step: 0.01,
    }),
    [cityName, indicator, t, i18n.language],
  );
  return { scores, observations, indicator, lines, text, cityName };
}
