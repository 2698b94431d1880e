import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { CohortDetail } from '../api/capacity-types.ts';
import '../components/capacity/capacity.css';
import '../components/projects/projects.css';
import '../components/trainings/trainings.css';
import { CohortCitiesForm } from '../components/capacity/CohortCitiesForm.tsx';
import { CohortCompetencySection } from '../components/capacity/CohortCompetencySection.tsx';
import { CohortProgressTable } from '../components/capacity/CohortProgressTable.tsx';
import { TrainingList } from '../components/capacity/TrainingList.tsx';
import { QueryResult } from '../components/QueryResult.tsx';
import { useCohort, useCohortProgress } from '../hooks/use-capacity.ts';
import { useDocumentTitle } from '../hooks/use-document-title.ts';
import { useSession } from '../hooks/use-session.ts';
import { allows } from '../lib/access.ts';
import { NotFoundContent } from './NotFoundPage.tsx';

const cohortRoute = getRouteApi('/cohorts/$id');

/** A cohort at a glance: its cities' progress (never a ranking), competencies and trainings. */
export function CohortPage() {
  const { t } = useTranslation();
  const cohort = useCohort(cohortRoute.useParams().id);
  return (
    <QueryResult
      query={cohort}
      notFound={<NotFoundContent message={t('capacity.cohort.notFound')} />}
    >
      {(data) => <CohortView cohort={data} />}
    </QueryResult>
  );
}

function CohortView({ cohort }: { readonly cohort: CohortDetail }) {
  const { t } = useTranslation();
  useDocumentTitle(cohort.name);
  const session = useSession().data;
  const canRead = allows(session, 'assessment.read');
  const canManage = allows(session, 'cohort.manage');
  const canSchedule = allows(session, 'training.manage');
  const progress = useCohortProgress(cohort.id, canRead);
  return (
    <article className="capacity-page">
      <p className="back-link">
        <Link to="/cohorts">
          <span aria-hidden="true">← </span>
          {t('capacity.cohort.back')}
        </Link>
      </p>
      <h1>{cohort.name}</h1>
      <p className="project-card__meta">
        <span>{t('capacity.cohorts.year', { year: cohort.year })}</span>
        <span className="project-tag">
          {t('capacity.cohorts.cityCount', { count: cohort.cities.length })}
        </span>
      </p>
      {cohort.description && <p className="lead">{cohort.description}</p>}
      {canManage && <CohortCitiesForm cohort={cohort} />}
      <section aria-labelledby="progress-heading">
        <h2 id="progress-heading">{t('capacity.progress.heading')}</h2>
        <p className="small muted">{t('capacity.progress.note')}</p>
        {canRead ? (
          <QueryResult query={progress}>
            {(data) => <CohortProgressTable progress={data} />}
          </QueryResult>
        ) : (
          <p>{t('capacity.progress.signIn')}</p>
        )}
      </section>
      <CohortCompetencySection cohort={cohort} />
      <section aria-labelledby="trainings-heading">
        <h2 id="trainings-heading">{t('capacity.cohort.trainings')}</h2>
        <p className="small muted">{t('trainings.timeline')}</p>
        <TrainingList trainings={cohort.trainings} />
        <p className="cohort-admin">
          <Link to="/trainings" search={{ cohort: cohort.id }}>
            {t('trainings.ofCohort')}
          </Link>
          {canSchedule && (
            <>
              {' · '}
              <Link to="/trainings/new" search={{ cohort: cohort.id }}>
                {t('trainings.newForCohort')}
              </Link>
            </>
          )}
        </p>
      </section>
    </article>
  );
}
