import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { criterionTitle } from '../../lib/criterion-title.ts';
import type { CityProgress, CohortProgress } from '../../api/capacity-types.ts';
import type { CityStage } from '../../api/types.ts';
import { useLanguage } from '../../hooks/use-language.ts';
import { formatShare } from '../../lib/capacity-format.ts';
import { StageBadge } from '../StageBadge.tsx';

/** Each city of a cohort in a row, by name: criteria, trainings, awareness, assessment. */
export function CohortProgressTable({ progress }: { readonly progress: CohortProgress }) {
  const { t } = useTranslation();
  return (
    <div
      className="table-scroll"
      tabIndex={0}
      role="region"
      aria-label={t('capacity.progress.tableLabel')}
    >
      <table className="capacity-table progress-table">
        <thead>
          <tr>
            <th scope="col">{t('capacity.progress.city')}</th>
            <th scope="col">{t('capacity.progress.stage')}</th>
            <th scope="col">{t('capacity.progress.criteria')}</th>
            <th scope="col">{t('capacity.progress.trainings')}</th>
            <th scope="col">{t('capacity.progress.awareness')}</th>
            <th scope="col">{t('capacity.progress.assessment')}</th>
          </tr>
        </thead>
        <tbody>
          {progress.cities.map((row) => (
            <ProgressRow key={row.city.slug} row={row} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ProgressRow({ row }: { readonly row: CityProgress }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { criteria, awareness, assessment } = row;
  const total = criteria ? criteria.met.length + criteria.missing.length : 0;
  return (
    <tr>
      <th scope="row">
        <Link to="/cities/$slug/readiness" params={{ slug: row.city.slug }}>
          {row.city.name}
        </Link>
        <span className="small capacity-table__sub">
          <Link to="/cities/$slug/recommendations" params={{ slug: row.city.slug }}>
            {t('capacity.progress.recommendations')}
          </Link>
        </span>
      </th>
      <td>
        <StageBadge stage={row.stage as CityStage} />
        {row.targetStage && (
          <span className="small capacity-table__sub">
            <span aria-hidden="true">→ </span>
            {t('capacity.readiness.target', { stage: t(`stage.${row.targetStage}`) })}
          </span>
        )}
      </td>
      <td>
        {criteria ? (
          <>
            <span className="criteria-count">
              <meter min={0} max={total} value={criteria.met.length} aria-hidden="true" />{' '}
              {t('capacity.progress.metOf', { met: criteria.met.length, total })}
            </span>
            {criteria.missing.length > 0 && (
              <span className="small muted capacity-table__sub">
                {t('capacity.progress.stillMissing', {
                  list: criteria.missing.map((c) => criterionTitle(t, c.key, c.title)).join(', '),
                })}
              </span>
            )}
          </>
        ) : (
          t('capacity.progress.atTop')
        )}
      </td>
      <td>
        {t('capacity.progress.peopleTrainings', {
          people: row.trainingsAttended.people,
          count: row.trainingsAttended.trainings,
        })}
      </td>
      <td>
        {awareness && awareness.n > 0
          ? t('capacity.progress.awarenessValue', {
              share: formatShare(awareness.share, language),
              n: awareness.n,
            })
          : t('capacity.progress.noSurvey')}
      </td>
      <td>{t(`capacity.assessmentStatus.${assessment?.status ?? 'none'}`)}</td>
    </tr>
  );
}
