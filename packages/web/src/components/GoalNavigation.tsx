import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { goalCount } from '../lib/goal-number.ts';

/** Links to the previous and next goals, and back to all of them. */
export function GoalNavigation({ number }: { readonly number: number }) {
  const { t } = useTranslation();
  return (
    <nav className="goal-navigation" aria-label={t('goal.goalNavigation')}>
      {number > 1 && (
        <Link to="/goals/$number" params={{ number: String(number - 1) }} rel="prev">
          <span aria-hidden="true">← </span>
          {t('goal.previous', { number: number - 1 })}
        </Link>
      )}
      <Link to="/">{t('goal.allGoals')}</Link>
      {number < goalCount && (
        <Link to="/goals/$number" params={{ number: String(number + 1) }} rel="next">
          {t('goal.next', { number: number + 1 })}
          <span aria-hidden="true"> →</span>
        </Link>
      )}
    </nav>
  );
}
