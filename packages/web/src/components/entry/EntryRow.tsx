import { useTranslation } from 'react-i18next';
import { gridCell } from '../../hooks/use-grid-keys.ts';
import { describeDisaggregation } from '../../lib/disaggregation.ts';
import type { GridRow, RowChange, RowDraft } from '../../lib/entry-grid.ts';
import { StatusCell } from './StatusCell.tsx';

/** The flag fields, in column order after the value. */
export const flagFields = ['estimated', 'provisional', 'breakInSeries'] as const;

/** Props of one grid row. */
export interface EntryRowProps {
  readonly row: GridRow;
  /** Position among the rows, for keyboard moves. */
  readonly index: number;
  readonly draft: RowDraft;
  readonly change: RowChange;
  readonly onEdit: (patch: Partial<RowDraft>) => void;
  readonly selected: boolean;
  /** Whether the value may be selected for submitting (a saved draft or returned value). */
  readonly selectable: boolean;
  readonly onSelect: (selected: boolean) => void;
  readonly comment: string | undefined;
  /** Problems the server found with this row when saving. */
  readonly serverErrors: readonly string[];
  readonly onHistory: () => void;
}

/** One year and disaggregation: its value, flags, footnote, source, status and history. */
export function EntryRow(props: EntryRowProps) {
  const { t } = useTranslation();
  const { row, index, draft, change } = props;
  const id = `row-${row.key.replace(/[^a-zA-Z0-9]/g, '-')}`;
  const labelled = (column: string) => `col-${column} ${id}-year ${id}-dis`;
  const errors = [...(change === 'invalid' ? [t('entry.notANumber')] : []), ...props.serverErrors];
  const field = (name: keyof RowDraft) => ({ 'data-row-key': row.key, 'data-field': name });
  return (
    <tr className={`entry-row entry-row--${change}`}>
      <td className="entry-row__select">
        {props.selectable && (
          <input
            type="checkbox"
            checked={props.selected}
            onChange={(event) => props.onSelect(event.target.checked)}
            aria-labelledby={labelled('select')}
          />
        )}
      </td>
      <th scope="row" id={`${id}-year`}>
        {row.year}
      </th>
      <td id={`${id}-dis`}>{describeDisaggregation(row.disaggregation, t('data.headline'))}</td>
      <td className="entry-row__value">
        <input
          type="text"
          inputMode="decimal"
          autoComplete="off"
          value={draft.value}
          onChange={(event) => props.onEdit({ value: event.target.value })}
          aria-labelledby={labelled('value')}
          aria-invalid={errors.length > 0 || undefined}
          aria-describedby={errors.length > 0 ? `${id}-error` : undefined}
          {...gridCell(index, 0)}
          {...field('value')}
        />
        {errors.length > 0 && (
          <span id={`${id}-error`} className="field__error">
            {errors.join(' ')}
          </span>
        )}
      </td>
      {flagFields.map((flag, i) => (
        <td key={flag} className="entry-row__flag">
          <input
            type="checkbox"
            checked={draft[flag]}
            onChange={(event) => props.onEdit({ [flag]: event.target.checked })}
            aria-labelledby={labelled(flag)}
            {...gridCell(index, i + 1)}
            {...field(flag)}
          />
        </td>
      ))}
      <td>
        <input
          type="text"
          className="entry-row__text"
          value={draft.footnote}
          maxLength={2000}
          onChange={(event) => props.onEdit({ footnote: event.target.value })}
          aria-labelledby={labelled('footnote')}
          {...gridCell(index, 4)}
          {...field('footnote')}
        />
      </td>
      <td>
        <input
          type="text"
          className="entry-row__text"
          value={draft.source}
          maxLength={2000}
          onChange={(event) => props.onEdit({ source: event.target.value })}
          aria-labelledby={labelled('source')}
          {...gridCell(index, 5)}
          {...field('source')}
        />
      </td>
      <td>
        <StatusCell saved={row.saved} change={change} comment={props.comment} />
      </td>
      <td>
        {row.saved && (
          <button
            type="button"
            className="button button--quiet button--small"
            onClick={props.onHistory}
          >
            {t('entry.history')}
            <span className="visually-hidden">
              {' '}
              {t('entry.ofRow', {
                year: row.year,
                disaggregation: describeDisaggregation(row.disaggregation, t('data.headline')),
              })}
            </span>
          </button>
        )}
      </td>
    </tr>
  );
}
