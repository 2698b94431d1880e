import { useTranslation } from 'react-i18next';
import type { CompetencyChange } from '../../api/capacity-types.ts';
import { useLanguage } from '../../hooks/use-language.ts';
import { formatLevel } from '../../lib/capacity-format.ts';

/** Mean self-assessed level per competency before and after, with n and the change. */
export function CompetencyTable({
  rows,
  label,
}: {
  readonly rows: readonly CompetencyChange[];
  /** Names the table (e.g. the city) for assistive technology. */
  readonly label: string;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const assessed = rows.filter((row) => row.nBefore + row.nAfter > 0);
  if (assessed.length === 0) return <p className="muted">{t('capacity.competencies.empty')}</p>;
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={label}>
      <table className="capacity-table">
        <caption className="visually-hidden">{label}</caption>
        <thead>
          <tr>
            <th scope="col">{t('capacity.competencies.competency')}</th>
            <th scope="col">{t('capacity.competencies.before')}</th>
            <th scope="col">{t('capacity.competencies.after')}</th>
            <th scope="col">{t('capacity.competencies.change')}</th>
          </tr>
        </thead>
        <tbody>
          {assessed.map((row) => (
            <tr key={row.competency}>
              <th scope="row">
                {t(`capacity.competencies.names.${row.competency}`, {
                  defaultValue: row.competency,
                })}
              </th>
              <td>
                {t('capacity.competencies.withN', {
                  value: formatLevel(row.before, language),
                  n: row.nBefore,
                })}
              </td>
              <td>
                {t('capacity.competencies.withN', {
                  value: formatLevel(row.after, language),
                  n: row.nAfter,
                })}
              </td>
              <td className={row.change !== null && row.change > 0 ? 'capacity-up' : undefined}>
                {formatLevel(row.change, language, true)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
