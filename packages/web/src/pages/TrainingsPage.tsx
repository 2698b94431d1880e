import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import '../components/capacity/capacity.css';
import '../components/projects/projects.css';
import '../components/trainings/trainings.css';
import { TrainingList } from '../components/capacity/TrainingList.tsx';
import { PageLinks } from '../components/PageLinks.tsx';
import { QueryResult } from '../components/QueryResult.tsx';
import { EmptyState } from '../components/StatusMessages.tsx';
import { useCohorts } from '../hooks/use-capacity.ts';
import { useDocumentTitle } from '../hooks/use-document-title.ts';
import { useSession } from '../hooks/use-session.ts';
import { useTrainings } from '../hooks/use-trainings.ts';
import { allows } from '../lib/access.ts';
import { trainingsPageSize, type TrainingsSearch } from '../routes/trainings-search.ts';

const trainingsRoute = getRouteApi('/trainings');

/** Trainings and workshops of the programme: by cohort, upcoming or past, a page at a time. */
export function TrainingsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('trainings.title'));
  const search = trainingsRoute.useSearch();
  const navigate = useNavigate();
  const page = search.page ?? 1;
  const trainings = useTrainings({
    cohort: search.cohort,
    when: search.when,
    limit: trainingsPageSize,
    offset: (page - 1) * trainingsPageSize,
  });
  const cohorts = useCohorts();
  const canManage = allows(useSession().data, 'training.manage');
  const setFilter = (change: Partial<TrainingsSearch>) =>
    void navigate({ to: '/trainings', search: { ...search, ...change, page: undefined } });
  return (
    <>
      <h1>{t('trainings.title')}</h1>
      <p className="lead">{t('trainings.intro')}</p>
      <p className="small">
        {t('trainings.verifyPrompt')}{' '}
        <Link to="/verify-certificate">{t('trainings.verifyLink')}</Link>
      </p>
      {canManage && (
        <p>
          <Link to="/trainings/new" className="button">
            {t('trainings.new')}
          </Link>
        </p>
      )}
      <form className="training-filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor="trainings-cohort">{t('trainings.filters.cohort')}</label>
          <select
            id="trainings-cohort"
            value={search.cohort ?? ''}
            onChange={(event) => setFilter({ cohort: event.target.value || undefined })}
          >
            <option value="">{t('trainings.filters.allCohorts')}</option>
            {(cohorts.data?.items ?? []).map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="trainings-when">{t('trainings.filters.when')}</label>
          <select
            id="trainings-when"
            value={search.when ?? ''}
            onChange={(event) =>
              setFilter({
                when:
                  event.target.value === 'upcoming' || event.target.value === 'past'
                    ? event.target.value
                    : undefined,
              })
            }
          >
            <option value="">{t('trainings.filters.all')}</option>
            <option value="upcoming">{t('trainings.filters.upcoming')}</option>
            <option value="past">{t('trainings.filters.past')}</option>
          </select>
        </div>
      </form>
      <QueryResult query={trainings}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState
              title={t('trainings.empty')}
              hint={search.cohort || search.when ? t('trainings.emptyFiltered') : undefined}
            />
          ) : (
            <>
              <p className="small muted" role="status">
                {t('trainings.count', { count: data.total })}
              </p>
              <TrainingList trainings={data.items} />
              <PageLinks
                to="/trainings"
                page={page}
                pageCount={Math.ceil(data.total / trainingsPageSize)}
              />
            </>
          )
        }
      </QueryResult>
    </>
  );
}
