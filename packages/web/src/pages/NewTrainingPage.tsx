import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import '../components/capacity/capacity.css';
import '../components/trainings/trainings.css';
import { QueryResult } from '../components/QueryResult.tsx';
import { RequireAccess } from '../components/RequireAccess.tsx';
import { TrainingForm } from '../components/trainings/TrainingForm.tsx';
import type { Cohort } from '../api/capacity-types.ts';
import { useCohorts } from '../hooks/use-capacity.ts';
import { useDocumentTitle } from '../hooks/use-document-title.ts';
import { useTrainingForm } from '../hooks/use-training-form.ts';

const newTrainingRoute = getRouteApi('/trainings/new');

/** Schedule a training or workshop: the secretariat. */
export function NewTrainingPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('trainings.new'));
  const cohorts = useCohorts();
  return (
    <RequireAccess action="training.manage" audience={t('trainings.audience')}>
      {() => (
        <QueryResult query={cohorts}>
          {(data) => <NewTrainingView cohorts={data.items} />}
        </QueryResult>
      )}
    </RequireAccess>
  );
}

function NewTrainingView({ cohorts }: { readonly cohorts: readonly Cohort[] }) {
  const { t } = useTranslation();
  const { cohort } = newTrainingRoute.useSearch();
  const form = useTrainingForm(cohorts.some((c) => c.id === cohort) ? cohort : '');
  return (
    <div className="capacity-page">
      <p className="back-link">
        <Link to="/trainings">
          <span aria-hidden="true">← </span>
          {t('trainings.title')}
        </Link>
      </p>
      <h1>{t('trainings.new')}</h1>
      <p className="lead">{t('trainings.form.intro')}</p>
      <TrainingForm form={form} cohorts={cohorts} />
    </div>
  );
}
