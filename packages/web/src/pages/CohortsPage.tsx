import { Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import '../components/capacity/capacity.css';
import '../components/projects/projects.css';
import '../components/trainings/trainings.css';
import { NewCohortForm } from '../components/capacity/NewCohortForm.tsx';
import { QueryResult } from '../components/QueryResult.tsx';
import { EmptyState } from '../components/StatusMessages.tsx';
import { useCohorts } from '../hooks/use-capacity.ts';
import { useDocumentTitle } from '../hooks/use-document-title.ts';
import { useSession } from '../hooks/use-session.ts';
import { allows } from '../lib/access.ts';

/** Every cohort of the programme, newest first, with its cities. */
export function CohortsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('capacity.cohorts.title'));
  const cohorts = useCohorts();
  const canManage = allows(useSession().data, 'cohort.manage');
  const navigate = useNavigate();
  return (
    <>
      <h1>{t('capacity.cohorts.title')}</h1>
      <p className="lead">{t('capacity.cohorts.intro')}</p>
      <p>
        <Link to="/trainings">{t('trainings.all')}</Link>
      </p>
      <QueryResult query={cohorts}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState title={t('capacity.cohorts.empty')} />
          ) : (
            <ul className="cohort-list">
              {data.items.map((cohort) => (
                <li key={cohort.id} className="project-card">
                  <h2 className="project-card__title">
                    <Link to="/cohorts/$id" params={{ id: cohort.id }}>
                      {cohort.name}
                    </Link>
                  </h2>
                  <p className="project-card__meta">
                    <span>{t('capacity.cohorts.year', { year: cohort.year })}</span>
                    <span className="project-tag">
                      {t('capacity.cohorts.cityCount', { count: cohort.cities.length })}
                    </span>
                  </p>
                  {cohort.description && <p className="small muted">{cohort.description}</p>}
                  <p className="small">{cohort.cities.map((city) => city.name).join(', ')}</p>
                </li>
              ))}
            </ul>
          )
        }
      </QueryResult>
      {canManage && (
        <NewCohortForm onCreated={(id) => void navigate({ to: '/cohorts/$id', params: { id } })} />
      )}
    </>
  );
}
