import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { GoalTile } from '../components/GoalTile.tsx';
import { QueryResult } from '../components/QueryResult.tsx';
import { useDocumentTitle } from '../hooks/use-document-title.ts';
import { useGoals } from '../hooks/use-goals.ts';
import { goalCount } from '../lib/goal-number.ts';

/** What Frontrunner is, the 17 goals as tiles, and the way to the cities. */
export function HomePage() {
  const { t } = useTranslation();
  const goals = useGoals();
  useDocumentTitle(undefined);
  return (
    <>
      <section className="hero">
        <h1>{t('home.title')}</h1>
        <p className="lead">{t('home.intro')}</p>
        <p className="hero__cities">
          <Link to="/cities" className="button">
            {t('home.citiesLink')}
          </Link>
          <span>{t('home.citiesText')}</span>
        </p>
      </section>
      <section aria-labelledby="goals-heading" className="section">
        <h2 id="goals-heading">{t('home.goalsHeading', { total: goalCount })}</h2>
        <p>{t('home.goalsIntro')}</p>
        <QueryResult query={goals}>
          {(items) => (
            <ul className="goal-tiles">
              {items.map((goal) => (
                <li key={goal.number}>
                  <GoalTile goal={goal} />
                </li>
              ))}
            </ul>
          )}
        </QueryResult>
      </section>
    </>
  );
}
