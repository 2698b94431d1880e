import { useTranslation } from 'react-i18next';
import type { LearningStep } from '../../api/capacity-types.ts';
import { useLanguage } from '../../hooks/use-language.ts';
import { moduleTitle, reasonText } from '../../lib/learning-reason.ts';

/** The modules a city's gaps call for, in catalogue order, each with its reasons. */
export function LearningPath({ steps }: { readonly steps: readonly LearningStep[] }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  if (steps.length === 0) return <p className="muted">{t('capacity.readiness.pathEmpty')}</p>;
  return (
    <ol className="learning-path">
      {steps.map(({ module, why }) => {
        const title = moduleTitle(t, module);
        return (
          <li key={module.key} className="learning-step">
            <p className="learning-step__title">
              <span className="project-tag">{t(`capacity.readiness.kinds.${module.kind}`)}</span>{' '}
              {module.url ? (
                <a href={module.url} rel="noopener noreferrer" target="_blank">
                  {title}
                </a>
              ) : (
                title
              )}
            </p>
            <p className="small muted learning-step__why">{t('capacity.readiness.reasonsLabel')}</p>
            <ul className="learning-step__reasons">
              {why.map((reason, i) => (
                <li key={i}>{reasonText(t, reason, language)}</li>
              ))}
            </ul>
          </li>
        );
      })}
    </ol>
  );
}
