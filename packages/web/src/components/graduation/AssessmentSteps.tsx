import { useTranslation } from 'react-i18next';
import { useAssessmentSteps } from '../../hooks/use-graduation.ts';
import { useLanguage } from '../../hooks/use-language.ts';
import { formatDateTime } from '../../lib/dates.ts';
import { QueryResult } from '../QueryResult.tsx';

/** Who did what to an assessment and when, oldest first (from the audit trail). */
export function AssessmentSteps({ id }: { readonly id: string }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const steps = useAssessmentSteps(id);
  return (
    <section aria-labelledby="steps-heading">
      <h2 id="steps-heading">{t('graduation.stepsTitle')}</h2>
      <QueryResult query={steps}>
        {(data) =>
          data.items.length === 0 ? (
            <p className="muted">{t('graduation.noSteps')}</p>
          ) : (
            <ol className="assessment-steps">
              {data.items.map((step, index) => (
                <li key={`${step.at}-${index}`}>
                  <time dateTime={step.at}>{formatDateTime(step.at, language)}</time>{' '}
                  {t(`graduation.steps.${step.kind}`, {
                    by: step.by ?? t('graduation.system'),
                    decision: step.decision ? t(`graduation.decisionNames.${step.decision}`) : '',
                  })}
                </li>
              ))}
            </ol>
          )
        }
      </QueryResult>
    </section>
  );
}
