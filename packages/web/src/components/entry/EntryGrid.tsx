import { useTranslation } from 'react-i18next';
import type { EntryGrid as EntryGridState } from '../../hooks/use-entry-grid.ts';
import { useGridKeys } from '../../hooks/use-grid-keys.ts';
import type { RowDraft } from '../../lib/entry-grid.ts';
import { EntryRow, flagFields } from './EntryRow.tsx';

/** Props of the data-entry grid. */
export interface EntryGridProps {
  readonly grid: EntryGridState;
  /** Ids of the values selected for submitting. */
  readonly selected: ReadonlySet<string>;
  readonly onSelect: (id: string, selected: boolean) => void;
  readonly comments: ReadonlyMap<string, string>;
  /** Server problems by row key (after a failed save). */
  readonly errorsByRow: ReadonlyMap<string, readonly string[]>;
  readonly onHistory: (rowKey: string) => void;
}

/**
 * The grid of a series: a row per year and disaggregation, typed into like a spreadsheet
 * (arrows, Tab, Enter move; Escape puts a cell back), checked as it is typed.
 */
export function EntryGrid({
  grid,
  selected,
  onSelect,
  comments,
  errorsByRow,
  onHistory,
}: EntryGridProps) {
  const { t } = useTranslation();
  const keys = useGridKeys((input, original) => {
    const row = grid.rows.find((r) => r.key === input.dataset.rowKey);
    const field = input.dataset.field as keyof RowDraft | undefined;
    if (!row || !field) return;
    grid.edit(row, { [field]: input.type === 'checkbox' ? original.checked : original.value });
  });
  return (
    <div className="table-scroll entry-grid">
      <table className="table entry-grid__table" onKeyDown={keys.onKeyDown} onFocus={keys.onFocus}>
        <caption className="visually-hidden">{t('entry.gridCaption')}</caption>
        <thead>
          <tr>
            <th scope="col" id="col-select">
              <span className="visually-hidden">{t('entry.selectColumn')}</span>
            </th>
            <th scope="col">{t('data.year')}</th>
            <th scope="col">{t('data.disaggregation')}</th>
            <th scope="col" id="col-value">
              {t('data.value')}
            </th>
            {flagFields.map((flag) => (
              <th scope="col" key={flag} id={`col-${flag}`} className="entry-grid__flag-head">
                {t(`flags.${flag}`)}
              </th>
            ))}
            <th scope="col" id="col-footnote">
              {t('entry.footnote')}
            </th>
            <th scope="col" id="col-source">
              {t('entry.source')}
            </th>
            <th scope="col">{t('entry.status')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('entry.history')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {grid.rows.map((row, index) => {
            const saved = row.saved;
            const change = grid.changeOf(row);
            return (
              <EntryRow
                key={row.key}
                row={row}
                index={index}
                draft={grid.draftOf(row)}
                change={change}
                onEdit={(patch) => grid.edit(row, patch)}
                selectable={
                  saved !== undefined &&
                  (saved.status === 'draft' || saved.status === 'returned') &&
                  change === 'unchanged'
                }
                selected={saved !== undefined && selected.has(saved.id)}
                onSelect={(value) => saved && onSelect(saved.id, value)}
                comment={saved ? comments.get(saved.id) : undefined}
                serverErrors={errorsByRow.get(row.key) ?? []}
                onHistory={() => onHistory(row.key)}
              />
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
