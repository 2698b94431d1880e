import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { projectIatiUrl } from '../api/projects.api.ts';
import type { ProjectPage as ProjectPageData } from '../api/projects-types.ts';
import { WriteUpCase } from '../components/cases/WriteUpCase.tsx';
import { AddClaimForm } from '../components/projects/AddClaimForm.tsx';
import { BenefitProfileSection } from '../components/projects/BenefitProfileSection.tsx';
import { ProjectClaims } from '../components/projects/ProjectClaims.tsx';
import { ProjectFacts } from '../components/projects/ProjectFacts.tsx';
import '../components/projects/projects.css';
import { ProjectProgress } from '../components/projects/ProjectProgress.tsx';
import { ProjectResults } from '../components/projects/ProjectResults.tsx';
import { ProjectSuggestions } from '../components/projects/ProjectSuggestions.tsx';
import { QueryResult } from '../components/QueryResult.tsx';
import { useDocumentTitle } from '../hooks/use-document-title.ts';
import { useCanEditProjects } from '../hooks/use-project-access.ts';
import { useProject } from '../hooks/use-projects.ts';
import { NotFoundContent } from './NotFoundPage.tsx';

const projectRoute = getRouteApi('/projects/$id');

/** One project: summary, facts, benefit profile, claims, results, and suggestions for its team. */
export function ProjectPage() {
  const { t } = useTranslation();
  const project = useProject(projectRoute.useParams().id);
  return (
    <QueryResult query={project} notFound={<NotFoundContent message={t('projects.notFound')} />}>
      {(data) => <ProjectView data={data} />}
    </QueryResult>
  );
}

function ProjectView({ data }: { readonly data: ProjectPageData }) {
  const { t } = useTranslation();
  const { project } = data;
  useDocumentTitle(project.title);
  const team = useCanEditProjects(project.city);
  return (
    <article className="project-page">
      <p className="back-link">
        <Link to="/projects">
          <span aria-hidden="true">← </span>
          {t('projects.title')}
        </Link>
      </p>
      <h1>{project.title}</h1>
      <p className="project-card__meta">
        <Link to="/cities/$slug" params={{ slug: project.city.slug }}>
          {project.city.name}
        </Link>
        <span className={`project-status project-status--${project.status}`}>
          {t(`projects.statuses.${project.status}`)}
        </span>
        {project.demo && <span className="project-tag">{t('projects.demo')}</span>}
      </p>
      {project.summary && <p className="lead">{project.summary}</p>}
      {project.description && <p>{project.description}</p>}
      <p>
        <a className="button button--quiet" href={projectIatiUrl(project.id)} download>
          {t('projects.exportIati')}
        </a>
      </p>
      <div className="project-grid">
        <ProjectFacts project={project} />
        <BenefitProfileSection profile={data.profile} />
      </div>
      <ProjectClaims claims={data.claims} />
      {team && <AddClaimForm projectId={project.id} />}
      <ProjectResults results={data.results} />
      {team && (
        <ProjectProgress
          projectId={project.id}
          results={data.results}
          updates={data.progressUpdates}
        />
      )}
      {team && <WriteUpCase project={project} />}
      {team && <ProjectSuggestions projectId={project.id} />}
    </article>
  );
}
