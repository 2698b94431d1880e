import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Goal } from '../api/types.ts';
import { readableTextColour } from '../lib/colour-contrast.ts';

/** Props of a goal tile. */
export interface GoalTileProps {
  readonly goal: Pick<Goal, 'number' | 'shortTitle' | 'colour'>;
  /** `large` on the home page, `small` among a city's priority goals. */
  readonly size?: 'large' | 'small';
}

/**
 * A goal in its official colour, linking to the goal page. The text is white or near-black,
 * whichever contrasts more with that colour.
 */
export function GoalTile({ goal, size = 'large' }: GoalTileProps) {
  const { t } = useTranslation();
  return (
    <Link
      to="/goals/$number"
      params={{ number: String(goal.number) }}
      className={`goal-tile goal-tile--${size}`}
      style={{ backgroundColor: goal.colour, color: readableTextColour(goal.colour) }}
    >
      <span className="visually-hidden">{t('goal.label', { number: goal.number })} </span>
      <span className="goal-tile__number" aria-hidden="true">
        {goal.number}
      </span>
      <span className="goal-tile__title">{goal.shortTitle}</span>
    </Link>
  );
}
