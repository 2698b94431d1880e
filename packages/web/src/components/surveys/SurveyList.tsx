import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../../lib/dates.ts';
import type { AwarenessPoint } from '../../api/capacity-types.ts';
import { useCloseSurvey } from '../../hooks/use-survey-admin.ts';
import { useLanguage } from '../../hooks/use-language.ts';
import { formatShare } from '../../lib/capacity-format.ts';
import { FormFailure } from '../form/FormFailure.tsx';

/** Props of a city's survey list. */
export interface SurveyListProps {
  readonly slug: string;
  readonly surveys: readonly AwarenessPoint[];
  /** The city's team may generate codes and close surveys. */
  readonly canManage: boolean;
  /** Opens the invitation-code panel of a survey. */
  readonly onCodes: (survey: AwarenessPoint) => void;
}

/**
 * A city's awareness surveys, earliest first: round, title, open or closed, answers so far and
 * the share aware with its 95% interval; with the team's actions on open surveys.
 */
export function SurveyList({ slug, surveys, canManage, onCodes }: SurveyListProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={t('surveyAdmin.list')}>
      <table className="capacity-table survey-table">
        <thead>
          <tr>
            <th scope="col">{t('surveyAdmin.survey')}</th>
            <th scope="col">{t('surveyAdmin.opensOn')}</th>
            <th scope="col">{t('surveyAdmin.status')}</th>
            <th scope="col">{t('surveyAdmin.answers')}</th>
            <th scope="col">{t('surveyAdmin.shareAware')}</th>
            {canManage && <th scope="col">{t('surveyAdmin.actions')}</th>}
          </tr>
        </thead>
        <tbody>
          {surveys.map((survey) => (
            <tr key={survey.surveyId}>
              <th scope="row">
                {t(`capacity.awareness.rounds.${survey.round}`)}
                <span className="small muted capacity-table__sub">{survey.title}</span>
              </th>
              <td>{formatDay(survey.opensOn, language)}</td>
              <td>
                <span
                  className={`survey-status survey-status--${survey.closed ? 'closed' : 'open'}`}
                >
                  {t(survey.closed ? 'surveyAdmin.closed' : 'surveyAdmin.open')}
                </span>
              </td>
              <td>{survey.n}</td>
              <td>
                <ShareAware survey={survey} />
              </td>
              {canManage && (
                <td>
                  {!survey.closed && (
                    <SurveyActions slug={slug} survey={survey} onCodes={() => onCodes(survey)} />
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The share aware with n and the interval, or why there is none yet. */
function ShareAware({ survey }: { readonly survey: AwarenessPoint }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  if (survey.share === null) return <span className="muted">{t('surveyAdmin.noAnswers')}</span>;
  return (
    <>
      <strong>{formatShare(survey.share, language)}</strong>{' '}
      {t('surveyAdmin.ofN', { count: survey.n })}
      {survey.low !== null && survey.high !== null && (
        <span className="small muted capacity-table__sub">
          {t('surveyAdmin.interval', {
            low: formatShare(survey.low, language),
            high: formatShare(survey.high, language),
          })}
        </span>
      )}
    </>
  );
}

/** Invitation codes, and closing with a confirmation step. */
function SurveyActions({
  slug,
  survey,
  onCodes,
}: {
  readonly slug: string;
  readonly survey: AwarenessPoint;
  readonly onCodes: () => void;
}) {
  const { t } = useTranslation();
  const close = useCloseSurvey(slug);
  const [confirming, setConfirming] = useState(false);
  if (confirming) {
    return (
      <div
        className="confirm"
        role="group"
        aria-label={t('surveyAdmin.closeLabel', { title: survey.title })}
      >
        <p>{t('surveyAdmin.closeConfirm', { title: survey.title })}</p>
        <button
          type="button"
          className="button button--small button--danger"
          disabled={close.isPending}
          onClick={() => close.mutate(survey.surveyId, { onSuccess: () => setConfirming(false) })}
        >
          {t('surveyAdmin.closeYes')}
        </button>
        <button
          type="button"
          className="button button--small button--quiet"
          onClick={() => setConfirming(false)}
        >
          {t('surveyAdmin.cancel')}
        </button>
        <FormFailure error={close.error} texts={{ conflict: t('surveyAdmin.closedAlready') }} />
      </div>
    );
  }
  return (
    <div className="survey-actions">
      <button
        type="button"
        className="button button--small"
        onClick={onCodes}
        aria-label={t('surveyAdmin.codesFor', { title: survey.title })}
      >
        {t('surveyAdmin.codes')}
      </button>
      <button
        type="button"
        className="button button--small button--quiet"
        onClick={() => setConfirming(true)}
        aria-label={t('surveyAdmin.closeLabel', { title: survey.title })}
      >
        {t('surveyAdmin.close')}
      </button>
    </div>
  );
}
