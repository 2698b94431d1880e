import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { IndicatorScore } from '../../api/scores-types.ts';
import { endYear, roundScore } from '../../lib/score-tiles.ts';
import { formatValue, unitLabel } from '../../lib/units.ts';
import { ColourLabel, TrendArrow } from './ScoreStatus.tsx';

/** Props of one goal's indicator table. */
export interface GoalIndicatorsProps {
  readonly slug: string;
  readonly goal: number;
  readonly title: string | undefined;
  readonly indicators: readonly IndicatorScore[];
}

/** One goal's indicators: score, colour, trend, latest value, source and distance to target. */
export function GoalIndicators({ slug, goal, title, indicators }: GoalIndicatorsProps) {
  const { t, i18n } = useTranslation();
  const number = (value: number) => formatValue(value, 2, i18n.language);
  return (
    <section id={`goal-${goal}`} className="score-goal" aria-labelledby={`goal-${goal}-h`}>
      <h3 id={`goal-${goal}-h`}>
        {t('scores.goalLabel', { number: goal })}
        {title ? ` — ${title}` : ''}
      </h3>
      <div className="score-table-wrap">
        <table className="score-table">
          <caption className="visually-hidden">
            {t('scores.table.caption', { number: goal })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('scores.table.indicator')}</th>
              <th scope="col" className="num">
                {t('scores.table.score')}
              </th>
              <th scope="col">{t('scores.table.status')}</th>
              <th scope="col">{t('scores.table.trend')}</th>
              <th scope="col">{t('scores.table.latest')}</th>
              <th scope="col">{t('scores.table.distance')}</th>
            </tr>
          </thead>
          <tbody>
            {indicators.map((indicator) => (
              <tr key={indicator.series}>
                <th scope="row">
                  <Link
                    to="/cities/$slug/dashboard/$series"
                    params={{ slug, series: indicator.series }}
                  >
                    {indicator.name}
                  </Link>
                  <div className="score-small">{indicator.entry.source}</div>
                </th>
                <td className="num">{roundScore(indicator.score) ?? '—'}</td>
                <td>
                  <ColourLabel colour={indicator.colour} />
                </td>
                <td>
                  <TrendArrow trend={indicator.trend} withText />
                </td>
                <td>
                  {indicator.value === null || indicator.year === null ? (
                    t('scores.noValue')
                  ) : (
                    <>
                      {number(indicator.value)} {unitLabel(indicator.unit)} ({indicator.year})
                      {indicator.observation && (
                        <div className="score-small">
                          {t('scores.observationVersion', {
                            version: indicator.observation.version,
                          })}
                        </div>
                      )}
                    </>
                  )}
                </td>
                <td>
                  {indicator.distance === null
                    ? t('scores.noDistance')
                    : indicator.target
                      ? t('scores.distanceToCityTarget', {
                          distance: Math.round(indicator.distance.distance),
                          value: number(indicator.target.value),
                          year: endYear(indicator),
                        })
                      : t('scores.distanceToOptimum', {
                          distance: Math.round(indicator.distance.distance),
                          value: number(indicator.distance.endValue),
                        })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
