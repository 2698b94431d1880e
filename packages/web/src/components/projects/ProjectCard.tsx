import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { PortfolioItem } from '../../api/projects-types.ts';
import { MultiDimensionalBadge } from './MultiDimensionalBadge.tsx';

/** One project of the portfolio: title, city, status, goals claimed. */
export function ProjectCard({ item }: { readonly item: PortfolioItem }) {
  const { t } = useTranslation();
  const { project, goals, profile } = item;
  return (
    <li className="project-card">
      <h3 className="project-card__title">
        <Link to="/projects/$id" params={{ id: project.id }}>
          {project.title}
        </Link>
      </h3>
      <p className="project-card__meta">
        <span>{project.city.name}</span>
        <span className={`project-status project-status--${project.status}`}>
          {t(`projects.statuses.${project.status}`)}
        </span>
        {profile.multiDimensional && <MultiDimensionalBadge />}
      </p>
      {project.summary && <p className="project-card__summary">{project.summary}</p>}
      {goals.length > 0 && (
        <p className="small muted">{t('projects.goalsClaimed', { goals: goals.join(', ') })}</p>
      )}
    </li>
  );
}
