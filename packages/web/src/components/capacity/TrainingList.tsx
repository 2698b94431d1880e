import { useTranslation } from 'react-i18next';
import type { Training } from '../../api/capacity-types.ts';

/** A cohort's trainings and workshops, earliest first. */
export function TrainingList({ trainings }: { readonly trainings: readonly Training[] }) {
  const { t } = useTranslation();
  if (trainings.length === 0) return <p className="muted">{t('capacity.cohort.noTrainings')}</p>;
  return (
    <ul className="project-list">
      {trainings.map((training) => (
        <li key={training.id} className="project-card">
          <h3 className="project-card__title">{training.title}</h3>
          <p className="project-card__meta">
            <span className="project-tag">{t(`capacity.cohort.kinds.${training.kind}`)}</span>
            <span>
              {training.startsOn === training.endsOn
                ? training.startsOn
                : t('capacity.cohort.dates', { from: training.startsOn, to: training.endsOn })}
            </span>
            <span>{training.online ? t('capacity.cohort.online') : training.place}</span>
            <span>
              {t('capacity.cohort.participants', { count: training.summary.participants })}
            </span>
          </p>
          {training.topics.length > 0 && (
            <p className="small muted">
              {training.topics
                .map((topic) =>
                  t(
                    `capacity.competencies.names.${topic}` as 'capacity.competencies.names.reporting',
                    {
                      defaultValue: topic,
                    },
                  ),
                )
                .join(' · ')}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
