import { useTranslation } from 'react-i18next';
import { formatDay } from '../../lib/dates.ts';
import type { Awareness } from '../../api/capacity-types.ts';
import { useLanguage } from '../../hooks/use-language.ts';
import { formatPoints, formatShare } from '../../lib/capacity-format.ts';

/**
 * A city's awareness over time: each survey's share aware with n and its 95% interval, drawn as
 * a bar with the interval as a whisker (the numbers stay in the table for screen readers).
 */
export function AwarenessTable({ awareness }: { readonly awareness: Awareness }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  if (awareness.points.length === 0)
    return <p className="muted">{t('capacity.awareness.empty')}</p>;
  return (
    <>
      <div
        className="table-scroll"
        tabIndex={0}
        role="region"
        aria-label={t('capacity.awareness.tableLabel')}
      >
        <table className="capacity-table">
          <thead>
            <tr>
              <th scope="col">{t('capacity.awareness.survey')}</th>
              <th scope="col">{t('capacity.awareness.opened')}</th>
              <th scope="col">{t('capacity.awareness.share')}</th>
              <th scope="col">{t('capacity.awareness.interval')}</th>
              <th scope="col">{t('capacity.awareness.n')}</th>
            </tr>
          </thead>
          <tbody>
            {awareness.points.map((point) => (
              <tr key={point.surveyId}>
                <th scope="row">
                  {t(`capacity.awareness.rounds.${point.round}`)}
                  <span className="small muted capacity-table__sub">{point.title}</span>
                </th>
                <td>{formatDay(point.opensOn, language)}</td>
                <td>
                  <span className="share-bar" aria-hidden="true">
                    <span
                      className="share-bar__fill"
                      style={{ width: `${(point.share ?? 0) * 100}%` }}
                    />
                    {point.low !== null && point.high !== null && (
                      <span
                        className="share-bar__interval"
                        style={{
                          left: `${point.low * 100}%`,
                          width: `${(point.high - point.low) * 100}%`,
                        }}
                      />
                    )}
                  </span>
                  {formatShare(point.share, language)}
                </td>
                <td>
                  {point.low === null || point.high === null
                    ? '—'
                    : t('capacity.awareness.range', {
                        low: formatShare(point.low, language),
                        high: formatShare(point.high, language),
                      })}
                </td>
                <td>{point.n}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {awareness.change !== null && awareness.points.length > 1 && (
        <p>
          {t('capacity.awareness.change', { change: formatPoints(awareness.change, language) })}
        </p>
      )}
    </>
  );
}
