import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Recommendation } from '../api/knowledge-types.ts';
import '../components/knowledge/knowledge.css';
import { ReasonList } from '../components/knowledge/ReasonList.tsx';
import '../components/projects/projects.css';
import { QueryResult } from '../components/QueryResult.tsx';
import { EmptyState } from '../components/StatusMessages.tsx';
import { useCity } from '../hooks/use-cities.ts';
import { useDocumentTitle } from '../hooks/use-document-title.ts';
import { useRecommendations } from '../hooks/use-knowledge.ts';
import { NotFoundContent } from './NotFoundPage.tsx';

const recommendationsRoute = getRouteApi('/cities/$slug/recommendations');

/** Published cases a city could replicate, each with the reasons it was suggested. */
export function RecommendationsPage() {
  const { t } = useTranslation();
  const { slug } = recommendationsRoute.useParams();
  const name = useCity(slug).data?.name ?? slug;
  const title = t('knowledge.recommendations.title', { city: name });
  useDocumentTitle(title);
  const recommendations = useRecommendations(slug);
  return (
    <>
      <p className="back-link">
        <Link to="/cities/$slug" params={{ slug }}>
          <span aria-hidden="true">← </span>
          {name}
        </Link>
      </p>
      <h1>{title}</h1>
      <p className="lead">{t('knowledge.recommendations.intro')}</p>
      <p>
        <Link to="/cities/$slug/mentoring" params={{ slug }}>
          {t('mentoring.link')}
        </Link>
      </p>
      <QueryResult query={recommendations} notFound={<NotFoundContent />}>
        {(data) => (
          <>
            <p>
              {data.weakestGoals.length > 0
                ? t('knowledge.recommendations.weakest', { list: data.weakestGoals.join(', ') })
                : t('knowledge.recommendations.noScores')}
            </p>
            {data.items.length === 0 ? (
              <EmptyState title={t('knowledge.recommendations.empty')} />
            ) : (
              <ul className="project-list">
                {data.items.map((item) => (
                  <RecommendationItem key={item.caseId} item={item} />
                ))}
              </ul>
            )}
          </>
        )}
      </QueryResult>
    </>
  );
}

function RecommendationItem({ item }: { readonly item: Recommendation }) {
  const { t } = useTranslation();
  return (
    <li className="project-card">
      <h2 className="project-card__title">
        <Link to="/cases/$id" params={{ id: item.caseId }}>
          {item.title}
        </Link>
      </h2>
      <p className="project-card__meta">
        <span>{t('knowledge.recommendations.from', { city: item.city.name })}</span>
        {item.goals.length > 0 && (
          <span className="small muted">
            {t('knowledge.case.goals', { list: item.goals.join(', ') })}
          </span>
        )}
      </p>
      <ReasonList reasons={item.reasons} city={item.city.name} />
    </li>
  );
}
