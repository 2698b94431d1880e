import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { GoalHeader } from '../components/GoalHeader.tsx';
import { GoalNavigation } from '../components/GoalNavigation.tsx';
import { QueryResult } from '../components/QueryResult.tsx';
import { TargetList } from '../components/TargetList.tsx';
import { useDocumentTitle } from '../hooks/use-document-title.ts';
import { useGoal } from '../hooks/use-goals.ts';
import { useScrollToHash } from '../hooks/use-scroll-to-hash.ts';
import { parseGoalNumber } from '../lib/goal-number.ts';
import { NotFoundContent } from './NotFoundPage.tsx';

const goalRoute = getRouteApi('/goals/$number');

/** One goal: its title, its targets, and the indicators under each target. */
export function GoalPage() {
  const { t } = useTranslation();
  const number = parseGoalNumber(goalRoute.useParams().number);
  const goal = useGoal(number);
  const activeTarget = useScrollToHash(goal.isSuccess);
  const label = number === undefined ? undefined : t('goal.label', { number });
  useDocumentTitle(goal.data ? `${label} – ${goal.data.shortTitle}` : label);

  const notFound = <NotFoundContent message={t('goal.notFound')} />;
  if (number === undefined) return notFound;
  return (
    <QueryResult query={goal} notFound={notFound}>
      {(data) => (
        <>
          <GoalHeader goal={data} />
          <section aria-labelledby="targets-heading" className="section">
            <h2 id="targets-heading">{t('goal.targetsHeading')}</h2>
            <TargetList targets={data.targets} activeTarget={activeTarget} />
          </section>
          <GoalNavigation number={data.number} />
        </>
      )}
    </QueryResult>
  );
}
