import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { CityScores } from '../api/scores-types.ts';
import { QueryResult } from '../components/QueryResult.tsx';
import { GoalIndicators } from '../components/scores/GoalIndicators.tsx';
import { IndexSummary } from '../components/scores/IndexSummary.tsx';
import { PeersSection } from '../components/scores/PeersSection.tsx';
import { PrintButton } from '../components/scores/PrintButton.tsx';
import { ScoreGoalGrid } from '../components/scores/ScoreGoalGrid.tsx';
import '../components/scores/scores.css';
import { useCityDashboard } from '../hooks/use-city-dashboard.ts';
import { useDocumentTitle } from '../hooks/use-document-title.ts';
import { indicatorsOfGoal } from '../lib/score-tiles.ts';
import { NotFoundContent } from './NotFoundPage.tsx';

const dashboardRoute = getRouteApi('/cities/$slug/dashboard');

/** A city's SDG dashboard: index, 17 goal tiles, indicators per goal, peers and roll-ups. */
export function CityDashboardPage() {
  const { t } = useTranslation();
  const { scores, titles } = useCityDashboard(dashboardRoute.useParams().slug);
  return (
    <QueryResult query={scores} notFound={<NotFoundContent message={t('city.notFound')} />}>
      {(data) => <Dashboard scores={data} titles={titles} />}
    </QueryResult>
  );
}

function Dashboard({
  scores,
  titles,
}: {
  readonly scores: CityScores;
  readonly titles: ReadonlyMap<number, string>;
}) {
  const { t } = useTranslation();
  const { slug, name } = scores.city;
  useDocumentTitle(t('scores.dashboardTitle', { city: name }));
  return (
    <article className="score-dashboard">
      <p className="back-link">
        <Link to="/cities/$slug" params={{ slug }}>
          <span aria-hidden="true">← </span>
          {t('scores.backToCity', { city: name })}
        </Link>
      </p>
      <h1>{t('scores.dashboardTitle', { city: name })}</h1>
      <p className="lead">
        {t('scores.dashboardLead', { city: name, version: scores.codebook.version })}
      </p>
      <div className="score-toolbar">
        <PrintButton />
        <Link to="/methods/scoring">{t('scores.howWeCompute')}</Link>
      </div>
      <IndexSummary scores={scores} />
      <h2>{t('scores.goalsHeading')}</h2>
      <ScoreGoalGrid goals={scores.goals} titles={titles} />
      {scores.goals.map((goal) => (
        <GoalIndicators
          key={goal.goal}
          slug={slug}
          goal={goal.goal}
          title={titles.get(goal.goal)}
          indicators={indicatorsOfGoal(scores.indicators, goal.goal)}
        />
      ))}
      <PeersSection scores={scores} />
    </article>
  );
}
