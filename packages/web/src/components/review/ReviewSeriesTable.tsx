import { useTranslation } from 'react-i18next';
import type { Series } from '../../api/observation-types.ts';
import { useSession } from '../../hooks/use-session.ts';
import { formatDateTime } from '../../lib/dates.ts';
import { describeDisaggregation } from '../../lib/disaggregation.ts';
import type { ReviewSeriesGroup } from '../../lib/review-groups.ts';
import { formatValue, unitLabel } from '../../lib/units.ts';
import { describeChanger } from '../../lib/who.ts';

/** Props of one series' submitted values. */
export interface ReviewSeriesTableProps {
  readonly group: ReviewSeriesGroup;
  readonly series: Series | undefined;
  readonly selected: ReadonlySet<string>;
  readonly onToggle: (ids: readonly string[], on: boolean) => void;
}

/** A series' submitted values, the approved value beside each new one, each selectable. */
export function ReviewSeriesTable({ group, series, selected, onToggle }: ReviewSeriesTableProps) {
  const { t, i18n } = useTranslation();
  const selfId = useSession().data?.user?.id;
  const ids = group.items.map((i) => i.id);
  const all = ids.every((id) => selected.has(id));
  const decimals = series?.decimals ?? 6;
  const headId = `review-${group.series}-${ids[0] ?? ''}`;
  const by = (submittedBy: string) => {
    const changer = describeChanger(submittedBy, selfId);
    return changer.kind === 'token' || changer.kind === 'account'
      ? t(`history.by.${changer.kind}`, { id: changer.id })
      : t(`history.by.${changer.kind}`);
  };
  return (
    <div className="table-scroll review-series">
      <table className="table">
        <caption id={headId}>
          <span className="series-table__name">{series?.name ?? group.series}</span>{' '}
          <span className="muted">
            ({group.series}
            {series ? `, ${unitLabel(series.unit)}` : ''})
          </span>
        </caption>
        <thead>
          <tr>
            <th scope="col" className="review-series__check">
              <input
                type="checkbox"
                checked={all}
                onChange={(event) => onToggle(ids, event.target.checked)}
                aria-label={t('review.selectSeries', { series: series?.name ?? group.series })}
              />
            </th>
            <th scope="col">{t('data.year')}</th>
            <th scope="col">{t('data.disaggregation')}</th>
            <th scope="col" className="numeric">
              {t('review.current')}
            </th>
            <th scope="col" className="numeric">
              {t('review.new')}
            </th>
            <th scope="col">{t('entry.footnote')}</th>
            <th scope="col">{t('review.submitted')}</th>
          </tr>
        </thead>
        <tbody>
          {group.items.map((item) => {
            const where = describeDisaggregation(item.disaggregation, t('data.headline'));
            return (
              <tr
                key={item.id}
                className={selected.has(item.id) ? 'review-row--selected' : undefined}
              >
                <td className="review-series__check">
                  <input
                    type="checkbox"
                    checked={selected.has(item.id)}
                    onChange={(event) => onToggle([item.id], event.target.checked)}
                    aria-label={t('review.selectValue', { year: item.year, disaggregation: where })}
                  />
                </td>
                <th scope="row">{item.year}</th>
                <td>{where}</td>
                <td className="numeric">
                  {item.approvedValue === null ? (
                    <span className="muted">{t('review.none')}</span>
                  ) : (
                    formatValue(item.approvedValue, decimals, i18n.language)
                  )}
                </td>
                <td className="numeric review-series__new">
                  {formatValue(item.value, decimals, i18n.language)}
                </td>
                <td className="series-table__notes">{item.footnote}</td>
                <td className="small">
                  {formatDateTime(item.submittedAt, i18n.language)}
                  <br />
                  <span className="muted">{by(item.submittedBy)}</span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
