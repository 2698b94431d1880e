import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Training } from '../../api/capacity-types.ts';
import { useLanguage } from '../../hooks/use-language.ts';
import { formatDays } from '../../lib/dates.ts';

/** Trainings and workshops, each linking to its page: dates, place, participants, topics. */
export function TrainingList({
  trainings,
  empty,
}: {
  readonly trainings: readonly Training[];
  /** Said when there is none. */
  readonly empty?: string;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  if (trainings.length === 0)
    return <p className="muted">{empty ?? t('capacity.cohort.noTrainings')}</p>;
  return (
    <ul className="project-list">
      {trainings.map((training) => (
        <li key={training.id} className="project-card">
          <h3 className="project-card__title">
            <Link to="/trainings/$id" params={{ id: training.id }}>
              {training.title}
            </Link>
          </h3>
          <p className="project-card__meta">
            <span className="project-tag">{t(`capacity.cohort.kinds.${training.kind}`)}</span>
            <span>{formatDays(training.startsOn, training.endsOn, language)}</span>
            <span>
              {training.online
                ? [training.place, t('capacity.cohort.online')].filter(Boolean).join(' · ')
                : training.place}
            </span>
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
