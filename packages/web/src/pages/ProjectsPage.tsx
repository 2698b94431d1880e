import { useNavigate } from '@tanstack/react-router';
import { Suspense, useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { LazyProjectsMap } from '../components/projects/lazy-projects.ts';
import '../components/projects/projects.css';
import { ProjectCard } from '../components/projects/ProjectCard.tsx';
import { ProjectFilters } from '../components/projects/ProjectFilters.tsx';
import { PageLinks } from '../components/PageLinks.tsx';
import { QueryResult } from '../components/QueryResult.tsx';
import { EmptyState, LoadingState } from '../components/StatusMessages.tsx';
import { useCountries, useCountryOutlines } from '../hooks/use-countries.ts';
import { useDocumentTitle } from '../hooks/use-document-title.ts';
import { useGoals } from '../hooks/use-goals.ts';
import { usePortfolio, usePortfolioLocations } from '../hooks/use-projects.ts';
import { useProjectsSearch } from '../hooks/use-projects-search.ts';
import { projectsPageSize, toPortfolioQuery } from '../routes/projects-search.ts';

/** The project portfolio: filters, a map of project locations and the list. */
export function ProjectsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('projects.title'));
  const state = useProjectsSearch();
  const { search } = state;
  const query = toPortfolioQuery(search);
  const portfolio = usePortfolio(query);
  const located = usePortfolioLocations(query);
  const withCities = usePortfolioLocations(toPortfolioQuery({ country: search.country }));
  const cities = useMemo(() => {
    const seen = new Map<string, string>();
    for (const { project } of withCities.data?.items ?? []) {
      seen.set(project.city.slug, project.city.name);
    }
    return [...seen].map(([slug, name]) => ({ slug, name }));
  }, [withCities.data]);
  const countries = useCountries();
  const goals = useGoals();
  const outlines = useCountryOutlines();
  const navigate = useNavigate();
  const openProject = useCallback(
    (id: string) => void navigate({ to: '/projects/$id', params: { id } }),
    [navigate],
  );
  const page = search.page ?? 1;
  return (
    <>
      <h1>{t('projects.title')}</h1>
      <p className="lead">{t('projects.intro')}</p>
      <ProjectFilters
        state={state}
        countries={countries.data ?? []}
        goals={goals.data ?? []}
        cities={cities}
      />
      <div className="projects-layout">
        <section className="projects-layout__map" aria-label={t('projects.mapLabel')}>
          <Suspense fallback={<LoadingState label={t('status.loadingMap')} />}>
            <LazyProjectsMap
              outlines={outlines.data}
              items={located.data?.items}
              country={search.country}
              onSelectProject={openProject}
            />
          </Suspense>
          <p className="small muted">{t('projects.mapNote')}</p>
        </section>
        <section className="projects-layout__list" aria-label={t('projects.listLabel')}>
          <QueryResult query={portfolio}>
            {(data) =>
              data.items.length === 0 ? (
                <EmptyState title={t('projects.empty')} hint={t('projects.emptyHint')} />
              ) : (
                <>
                  <p className="small muted" role="status">
                    {t('projects.count', { count: data.total })}
                  </p>
                  <ul className="project-list">
                    {data.items.map((item) => (
                      <ProjectCard key={item.project.id} item={item} />
                    ))}
                  </ul>
                  <PageLinks
                    to="/projects"
                    page={page}
                    pageCount={Math.ceil(data.total / projectsPageSize)}
                  />
                </>
              )
            }
          </QueryResult>
        </section>
      </div>
    </>
  );
}
