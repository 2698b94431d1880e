import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { GoalDetail } from '../api/types.ts';
import { GoalHeader } from '../components/GoalHeader.tsx';
import { GoalNavigation } from '../components/GoalNavigation.tsx';
import { QueryResult } from '../components/QueryResult.tsx';
import { TargetList } from '../components/TargetList.tsx';
import { useDocumentTitle } from '../hooks/use-document-title.ts';
import { useGoal } from '../hooks/use-goals.ts';
import { useScrollToHash } from '../hooks/use-scroll-to-hash.ts';
import { goalCount, parseGoalNumber } from '../lib/goal-number.ts';
import { NotFoundContent } from './NotFoundPage.tsx';

const goalRoute = getRouteApi('/goals/$number');

/** One goal: its title, its targets, and the indicators under each target. */
export function GoalPage() {
  const { t } = useTranslation();
  const number = parseGoalNumber(goalRoute.useParams().number);
  const goal = useGoal(number);
  const notFound = (
    <NotFoundContent
      message={t('goal.notFound', { total: goalCount, first: 1, last: goalCount })}
    />
  );
  if (number === undefined) return notFound;
  return (
    <QueryResult query={goal} notFound={notFound}>
      {(data) => <GoalView goal={data} />}
    </QueryResult>
  );
}

/** A loaded goal; scrolls to the target named in the URL's hash. */
function GoalView({ goal }: { readonly goal: GoalDetail }) {
  const { t } = useTranslation();
  const activeTarget = useScrollToHash(true);
  useDocumentTitle(`${t('goal.label', { number: goal.number })} – ${goal.shortTitle}`);
  return (
    <>
      <GoalHeader goal={goal} />
      <section aria-labelledby="targets-heading" className="section">
        <h2 id="targets-heading">{t('goal.targetsHeading')}</h2>
        <TargetList targets={goal.targets} activeTarget={activeTarget} />
      </section>
      <GoalNavigation number={goal.number} />
    </>
  );
}
