import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { TrainingDetail } from '../api/trainings-types.ts';
import '../components/capacity/capacity.css';
import '../components/projects/projects.css';
import '../components/trainings/trainings.css';
import { AttendanceChecklist } from '../components/trainings/AttendanceChecklist.tsx';
import { ParticipantCounts } from '../components/trainings/ParticipantCounts.tsx';
import { ParticipantForm } from '../components/trainings/ParticipantForm.tsx';
import { ParticipantTable } from '../components/trainings/ParticipantTable.tsx';
import { SessionForm } from '../components/trainings/SessionForm.tsx';
import { QueryResult } from '../components/QueryResult.tsx';
import { useDocumentTitle } from '../hooks/use-document-title.ts';
import { useLanguage } from '../hooks/use-language.ts';
import { useSession } from '../hooks/use-session.ts';
import { useTraining } from '../hooks/use-trainings.ts';
import { allows } from '../lib/access.ts';
import { formatDateTime, formatDays } from '../lib/dates.ts';
import { NotFoundContent } from './NotFoundPage.tsx';

const trainingRoute = getRouteApi('/trainings/$id');

/**
 * A training or workshop: details, topics, materials, sessions; participants' counts for
 * everyone, their names for those who may see them; attendance and registration for organisers.
 */
export function TrainingPage() {
  const { t } = useTranslation();
  const training = useTraining(trainingRoute.useParams().id);
  return (
    <QueryResult query={training} notFound={<NotFoundContent message={t('trainings.notFound')} />}>
      {(data) => <TrainingView training={data} />}
    </QueryResult>
  );
}

function TrainingView({ training }: { readonly training: TrainingDetail }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  useDocumentTitle(training.title);
  const canManage = allows(useSession().data, 'training.manage');
  const hidden = training.summary.participants - training.participants.length;
  return (
    <article className="capacity-page training-page">
      <p className="back-link">
        {training.cohortId ? (
          <Link to="/cohorts/$id" params={{ id: training.cohortId }}>
            <span aria-hidden="true">← </span>
            {t('trainings.backToCohort')}
          </Link>
        ) : (
          <Link to="/trainings">
            <span aria-hidden="true">← </span>
            {t('trainings.title')}
          </Link>
        )}
      </p>
      <h1>{training.title}</h1>
      <dl className="training-facts">
        <div>
          <dt>{t('trainings.form.kind')}</dt>
          <dd>{t(`capacity.cohort.kinds.${training.kind}`)}</dd>
        </div>
        <div>
          <dt>{t('trainings.dates')}</dt>
          <dd>{formatDays(training.startsOn, training.endsOn, language)}</dd>
        </div>
        <div>
          <dt>{t('trainings.form.place')}</dt>
          <dd>
            {[training.place, training.online ? t('capacity.cohort.online') : null]
              .filter(Boolean)
              .join(' · ')}
          </dd>
        </div>
        {training.organisers.length > 0 && (
          <div>
            <dt>{t('trainings.form.organisers')}</dt>
            <dd>{training.organisers.join(', ')}</dd>
          </div>
        )}
        {training.topics.length > 0 && (
          <div>
            <dt>{t('trainings.form.topics')}</dt>
            <dd>
              {training.topics
                .map((k) =>
                  t(`capacity.competencies.names.${k}` as 'capacity.competencies.names.reporting', {
                    defaultValue: k,
                  }),
                )
                .join(' · ')}
            </dd>
          </div>
        )}
      </dl>
      {training.materials.length > 0 && (
        <section aria-labelledby="materials-heading">
          <h2 id="materials-heading">{t('trainings.form.materials')}</h2>
          <ul>
            {training.materials.map((m) => (
              <li key={m.url + m.title}>
                <a href={m.url} rel="noopener noreferrer" target="_blank">
                  {m.title}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="sessions-heading">
        <h2 id="sessions-heading">{t('trainings.sessions')}</h2>
        {training.sessions.length === 0 ? (
          <p className="muted">{t('trainings.noSessions')}</p>
        ) : (
          <ol className="training-sessions">
            {training.sessions.map((s) => (
              <li key={s.id}>
                <strong>{s.title}</strong>{' '}
                <span className="muted">
                  {formatDateTime(s.startsAt, language)} – {formatDateTime(s.endsAt, language)}
                </span>{' '}
                <span className="project-tag">
                  {t('trainings.attendedCount', { count: s.attended })}
                </span>
              </li>
            ))}
          </ol>
        )}
        {canManage && <SessionForm trainingId={training.id} />}
      </section>
      <section aria-labelledby="participants-heading">
        <h2 id="participants-heading">{t('trainings.participants.heading')}</h2>
        <ParticipantCounts summary={training.summary} />
        {training.participants.length > 0 && <ParticipantTable training={training} />}
        {hidden > 0 && (
          <p className="small muted">{t('trainings.participants.hidden', { count: hidden })}</p>
        )}
        {canManage && <ParticipantForm trainingId={training.id} />}
      </section>
      {canManage && (
        <section aria-labelledby="attendance-heading">
          <h2 id="attendance-heading">{t('trainings.attendance.heading')}</h2>
          <p className="small muted">{t('trainings.attendance.intro')}</p>
          <AttendanceChecklist training={training} />
        </section>
      )}
    </article>
  );
}
