import { useTranslation } from 'react-i18next';
import type { Observation } from '../../api/observation-types.ts';
import type { RowChange } from '../../lib/entry-grid.ts';

/** Props of a row's status. */
export interface StatusCellProps {
  readonly saved: Observation | undefined;
  /** What saving the row would do. */
  readonly change: RowChange;
  /** The reviewer's comment, for a returned value. */
  readonly comment: string | undefined;
}

/**
 * Where a value stands: its review status (draft, submitted, approved, returned with the
 * reviewer's comment) and whether it has unsaved changes.
 */
export function StatusCell({ saved, change, comment }: StatusCellProps) {
  const { t } = useTranslation();
  return (
    <div className="status-cell">
      {saved && (
        <span className={`badge badge--${saved.status}`}>{t(`valueStatus.${saved.status}`)}</span>
      )}
      {saved && saved.status !== 'approved' && saved.approvedVersion !== null && (
        <span className="status-cell__note">{t('entry.publicKeepsApproved')}</span>
      )}
      {comment && (
        <span className="status-cell__comment">{t('entry.returnComment', { comment })}</span>
      )}
      {change !== 'unchanged' && change !== 'invalid' && (
        <span className={`status-cell__pending status-cell__pending--${change}`}>
          {t(`entry.pending.${change}`)}
        </span>
      )}
    </div>
  );
}
