import { Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { TargetStage } from '../../api/capacity-types.ts';
import type { CityRef } from '../../lib/access.ts';
import { useCityAssessments, useStartAssessment } from '../../hooks/use-graduation.ts';
import { useLanguage } from '../../hooks/use-language.ts';
import { useSession } from '../../hooks/use-session.ts';
import { allowsOnCity } from '../../lib/access.ts';
import { formatDate } from '../../lib/dates.ts';
import { FormFailure } from '../form/FormFailure.tsx';
import { QueryResult } from '../QueryResult.tsx';
import { mutateThen } from '../../lib/mutate-then.ts';

/**
 * Every assessment of a city, newest first (its history), and for the city's editors a button
 * that starts a self-assessment for the next stage when none is open.
 */
export function AssessmentHistory({
  city,
  targetStage,
}: {
  readonly city: CityRef;
  readonly targetStage: TargetStage | null;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const session = useSession();
  const assessments = useCityAssessments(city.slug, true);
  const start = useStartAssessment(city.slug);
  const navigate = useNavigate();
  const canStart = allowsOnCity(session.data, 'assessment.write', city);
  const open = assessments.data?.items.some((a) => a.status !== 'decided') ?? true;
  const onStart = () =>
    mutateThen(start, undefined, (a) => navigate({ to: '/assessments/$id', params: { id: a.id } }));
  return (
    <section aria-labelledby="assessments-heading">
      <h2 id="assessments-heading">{t('graduation.historyTitle')}</h2>
      {canStart && targetStage && !open && (
        <p>
          <button type="button" className="button" disabled={start.isPending} onClick={onStart}>
            {t('graduation.start', { stage: t(`stage.${targetStage}`) })}
          </button>
        </p>
      )}
      <FormFailure error={start.error} texts={{ conflict: t('graduation.errors.open') }} />
      <QueryResult query={assessments}>
        {(data) =>
          data.items.length === 0 ? (
            <p className="muted">{t('graduation.noAssessments')}</p>
          ) : (
            <table className="capacity-table">
              <caption className="visually-hidden">{t('graduation.historyTitle')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('graduation.started')}</th>
                  <th scope="col">{t('graduation.for')}</th>
                  <th scope="col">{t('graduation.status')}</th>
                  <th scope="col">{t('graduation.decision')}</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((a) => (
                  <tr key={a.id}>
                    <td>
                      <Link to="/assessments/$id" params={{ id: a.id }}>
                        {formatDate(a.createdAt, language)}
                      </Link>
                    </td>
                    <td>{t(`stage.${a.targetStage}`)}</td>
                    <td>{t(`capacity.assessmentStatus.${a.status}`)}</td>
                    <td>
                      {a.decision
                        ? `${t(`graduation.decisionNames.${a.decision}`)}${
                            a.decidedAt ? ` (${formatDate(a.decidedAt, language)})` : ''
                          }`
                        : '—'}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </QueryResult>
    </section>
  );
}
