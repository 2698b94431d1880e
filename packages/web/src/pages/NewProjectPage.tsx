import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { City } from '../api/types.ts';
import { ProjectForm } from '../components/projects/ProjectForm.tsx';
import '../components/projects/projects.css';
import { QueryResult } from '../components/QueryResult.tsx';
import { RequireAccess } from '../components/RequireAccess.tsx';
import { useCity } from '../hooks/use-cities.ts';
import { useDocumentTitle } from '../hooks/use-document-title.ts';
import { useProjectForm } from '../hooks/use-project-form.ts';
import { NotFoundContent } from './NotFoundPage.tsx';

const newProjectRoute = getRouteApi('/cities/$slug/projects/new');

/** Plan a project for a city: its editors and the secretariat. */
export function NewProjectPage() {
  const { t } = useTranslation();
  const city = useCity(newProjectRoute.useParams().slug);
  return (
    <QueryResult query={city} notFound={<NotFoundContent message={t('city.notFound')} />}>
      {(data) => (
        <RequireAccess action="project.write" city={data} audience={t('access.audienceCityTeam')}>
          {() => <NewProjectView city={data} />}
        </RequireAccess>
      )}
    </QueryResult>
  );
}

function NewProjectView({ city }: { readonly city: City }) {
  const { t } = useTranslation();
  useDocumentTitle(t('projects.form.pageTitle', { city: city.name }));
  const form = useProjectForm(city.slug);
  return (
    <div className="project-page">
      <p className="back-link">
        <Link to="/cities/$slug" params={{ slug: city.slug }}>
          <span aria-hidden="true">← </span>
          {city.name}
        </Link>
      </p>
      <h1>{t('projects.form.pageTitle', { city: city.name })}</h1>
      <p className="lead">{t('projects.form.intro')}</p>
      <ProjectForm form={form} />
    </div>
  );
}
