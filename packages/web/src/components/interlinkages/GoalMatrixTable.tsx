import { useTranslation } from 'react-i18next';
import type { GoalMatrixCell } from '../../api/interlinkages-types.ts';

/** Props of the goal-by-goal matrix. */
export interface GoalMatrixTableProps {
  readonly goals: readonly number[];
  readonly cell: (a: number, b: number) => GoalMatrixCell | undefined;
  readonly selected: readonly [number, number] | undefined;
  readonly onSelect: (a: number, b: number) => void;
}

/** Synergy and trade-off counts between each pair of goals; a cell lists its target links. */
export function GoalMatrixTable({ goals, cell, selected, onSelect }: GoalMatrixTableProps) {
  const { t } = useTranslation();
  return (
    <div className="score-table-wrap">
      <table className="link-matrix">
        <caption>{t('interlinkages.matrixCaption')}</caption>
        <thead>
          <tr>
            <td />
            {goals.map((g) => (
              <th key={g} scope="col">
                {t('interlinkages.goalShort', { number: g })}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {goals.map((row) => (
            <tr key={row}>
              <th scope="row">{t('interlinkages.goalShort', { number: row })}</th>
              {goals.map((col) => {
                const c = cell(row, col);
                if (!c) return <td key={col} />;
                const isSelected =
                  selected !== undefined &&
                  Math.min(...selected) === Math.min(row, col) &&
                  Math.max(...selected) === Math.max(row, col);
                return (
                  <td key={col}>
                    <button
                      type="button"
                      className="link-matrix__cell"
                      aria-pressed={isSelected}
                      aria-label={t('interlinkages.matrixCellLabel', {
                        a: row,
                        b: col,
                        synergies: c.synergies,
                        tradeOffs: c.tradeOffs,
                      })}
                      onClick={() => onSelect(row, col)}
                    >
                      {t('interlinkages.matrixCell', {
                        synergies: c.synergies,
                        tradeOffs: c.tradeOffs,
                      })}
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
