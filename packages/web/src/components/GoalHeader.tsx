import { useTranslation } from 'react-i18next';
import type { Goal } from '../api/types.ts';
import { readableTextColour } from '../lib/colour-contrast.ts';

/** A goal's banner in its official colour: number, full title, size of its framework. */
export function GoalHeader({ goal }: { readonly goal: Goal }) {
  const { t } = useTranslation();
  return (
    <div
      className="goal-header"
      style={{ backgroundColor: goal.colour, color: readableTextColour(goal.colour) }}
    >
      <span className="goal-header__number" aria-hidden="true">
        {goal.number}
      </span>
      <div>
        <h1 className="goal-header__title">
          <span className="goal-header__label">{t('goal.label', { number: goal.number })}</span>{' '}
          <span>{goal.title}</span>
        </h1>
        <p className="goal-header__counts">
          {t('goal.targetCount', { count: goal.targetCount })} ·{' '}
          {t('goal.indicatorCount', { count: goal.indicatorCount })}
        </p>
      </div>
    </div>
  );
}
