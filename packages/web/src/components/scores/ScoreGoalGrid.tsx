import { useTranslation } from 'react-i18next';
import type { GoalScore } from '../../api/scores-types.ts';
import { goalTileView } from '../../lib/score-tiles.ts';
import { ColourLabel, TrendArrow } from './ScoreStatus.tsx';

/** The 17 goal tiles: colour with its words, score, trend; each jumps to its indicators. */
export function ScoreGoalGrid({
  goals,
  titles,
}: {
  readonly goals: readonly GoalScore[];
  /** Short goal titles by number, in the interface language. */
  readonly titles: ReadonlyMap<number, string>;
}) {
  const { t } = useTranslation();
  return (
    <ul className="score-grid">
      {goals.map((goal) => {
        const tile = goalTileView(goal);
        return (
          <li key={tile.goal}>
            <a href={`#goal-${tile.goal}`} className={`score-tile score-colour--${tile.colour}`}>
              <span className="score-tile__goal">
                <span>{t('scores.goalLabel', { number: tile.goal })}</span>
                <TrendArrow trend={tile.trend} />
              </span>
              <span className="score-tile__meta">{titles.get(tile.goal)}</span>
              <span className="score-tile__score">
                {tile.score === null
                  ? t('scores.insufficient')
                  : t('scores.scoreValue', { value: tile.score })}
              </span>
              {!tile.insufficient && (
                <span className="score-tile__status">
                  <ColourLabel colour={tile.colour} />
                </span>
              )}
              <span className="score-tile__meta">
                {t('scores.indicatorsScored', { scored: tile.scored, total: tile.indicators })}
              </span>
            </a>
          </li>
        );
      })}
    </ul>
  );
}
