import { useTranslation } from 'react-i18next';
import type { Series } from '../../api/observation-types.ts';
import { describeDisaggregation } from '../../lib/disaggregation.ts';
import type { SeriesValues } from '../../lib/series-data.ts';
import { formatValue, unitLabel } from '../../lib/units.ts';
import { FlagList } from './FlagList.tsx';

/** Props of one series' table. */
export interface SeriesTableProps {
  readonly values: SeriesValues;
  readonly series: Series | undefined;
}

/**
 * Every published value of a series: year, disaggregation, value (as stored, not rounded to the
 * series' display decimals: this is the data), flags, footnote and source.
 */
export function SeriesTable({ values, series }: SeriesTableProps) {
  const { t, i18n } = useTranslation();
  const unit = series ? unitLabel(series.unit) : '';
  return (
    <div className="table-scroll series-table">
      <table className="table">
        <caption>
          <span className="series-table__name">{series?.name ?? values.series}</span>{' '}
          <span className="muted">
            ({values.series}
            {unit && `, ${unit}`})
          </span>
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('data.year')}</th>
            <th scope="col">{t('data.disaggregation')}</th>
            <th scope="col" className="numeric">
              {t('data.value')}
            </th>
            <th scope="col">{t('data.flags')}</th>
            <th scope="col">{t('data.footnoteAndSource')}</th>
          </tr>
        </thead>
        <tbody>
          {values.observations.map((observation) => (
            <tr key={observation.id}>
              <th scope="row">{observation.year}</th>
              <td>{describeDisaggregation(observation.disaggregation, t('data.headline'))}</td>
              <td className="numeric">
                {formatValue(observation.value, 6, i18n.language)}
              </td>
              <td>
                <FlagList flags={observation.flags} />
              </td>
              <td className="series-table__notes">
                {[observation.footnote, observation.source].filter(Boolean).join(' — ')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
