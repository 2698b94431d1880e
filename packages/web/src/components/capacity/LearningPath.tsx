import { useTranslation } from 'react-i18next';
import type { LearningStep } from '../../api/capacity-types.ts';

/** The modules a city's gaps call for, in catalogue order, each with its reasons. */
export function LearningPath({ steps }: { readonly steps: readonly LearningStep[] }) {
  const { t } = useTranslation();
  if (steps.length === 0) return <p className="muted">{t('capacity.readiness.pathEmpty')}</p>;
  return (
    <ol className="learning-path">
      {steps.map(({ module, reasons }) => (
        <li key={module.key} className="learning-step">
          <p className="learning-step__title">
            <span className="project-tag">{t(`capacity.readiness.kinds.${module.kind}`)}</span>{' '}
            {module.url ? (
              <a href={module.url} rel="noopener noreferrer" target="_blank">
                {module.title}
              </a>
            ) : (
              module.title
            )}
          </p>
          <p className="small muted learning-step__why">{t('capacity.readiness.reasonsLabel')}</p>
          <ul className="learning-step__reasons">
            {reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
