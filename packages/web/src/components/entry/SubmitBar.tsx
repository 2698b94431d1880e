import { useTranslation } from 'react-i18next';
import type { DataEntry } from '../../hooks/use-data-entry.ts';
import { FormFailure } from '../form/FormFailure.tsx';

/** Select saved drafts (or returned values) and submit them for the focal point's review. */
export function SubmitBar({ entry }: { readonly entry: DataEntry }) {
  const { t } = useTranslation();
  const chosen = [...entry.selected].filter((id) => entry.submittable.includes(id)).length;
  return (
    <section className="submit-bar" aria-labelledby="submit-title">
      <h2 id="submit-title" className="save-bar__title">
        {t('entry.submitTitle')}
      </h2>
      <p className="muted small">{t('entry.submitHint')}</p>
      <p role="status" className="notice-line">
        {entry.submit.isSuccess
          ? t('entry.submitted', { count: entry.submit.data.ids.length })
          : ''}
      </p>
      <FormFailure error={entry.submit.error} />
      {entry.grid.dirty && <p className="small">{t('entry.saveFirst')}</p>}
      {entry.submittable.length === 0 && <p className="small">{t('entry.noDrafts')}</p>}
      <div className="form__actions">
        {entry.submittable.length > 0 && (
          <button type="button" className="button button--quiet" onClick={entry.selectAllDrafts}>
            {t('entry.selectAll', { count: entry.submittable.length })}
          </button>
        )}
        {/* Stays in place (aria-disabled, not removed) so focus is not lost after submitting. */}
        <button
          type="button"
          className="button"
          aria-disabled={chosen === 0 || entry.submit.isPending}
          onClick={entry.submitNow}
        >
          {t('entry.submit', { count: chosen })}
        </button>
      </div>
    </section>
  );
}
