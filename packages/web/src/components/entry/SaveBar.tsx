import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { DataEntry } from '../../hooks/use-data-entry.ts';
import { FormFailure } from '../form/FormFailure.tsx';

/** What will be saved, a reason for the change, and the Save button with its outcome. */
export function SaveBar({ entry }: { readonly entry: DataEntry }) {
  const { t } = useTranslation();
  const id = useId();
  const { counts, dirty } = entry.grid;
  const total = counts.new + counts.changed + counts.deleted;
  return (
    <section className="save-bar" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="save-bar__title">
        {t('entry.saveTitle')}
      </h2>
      <p className="save-bar__summary" role="status">
        {dirty
          ? [
              t('entry.counts.new', { count: counts.new }),
              t('entry.counts.changed', { count: counts.changed }),
              t('entry.counts.deleted', { count: counts.deleted }),
              ...(counts.invalid > 0 ? [t('entry.counts.invalid', { count: counts.invalid })] : []),
            ].join(' · ')
          : entry.lastSaved
            ? t('entry.savedSummary', {
                inserted: entry.lastSaved.inserted,
                changed: entry.lastSaved.changed,
                deleted: entry.lastSaved.deleted,
                unchanged: entry.lastSaved.unchanged,
              })
            : t('entry.nothingToSave')}
      </p>
      <FormFailure error={entry.save.error} texts={{ invalid: t('entry.saveRefused') }} />
      <div className="field">
        <label htmlFor={`${id}-reason`}>{t('entry.reason')}</label>
        <span id={`${id}-hint`} className="field__hint">
          {t('entry.reasonHint')}
        </span>
        <textarea
          id={`${id}-reason`}
          aria-describedby={`${id}-hint`}
          maxLength={500}
          rows={2}
          value={entry.reason}
          onChange={(event) => entry.setReason(event.target.value)}
        />
      </div>
      <div className="form__actions">
        <button
          type="button"
          className="button"
          aria-disabled={total === 0 || counts.invalid > 0 || entry.save.isPending}
          onClick={entry.saveNow}
        >
          {entry.save.isPending ? t('entry.saving') : t('entry.save', { count: total })}
        </button>
        {dirty && (
          <button type="button" className="button button--quiet" onClick={entry.grid.discard}>
            {t('entry.discard')}
          </button>
        )}
      </div>
    </section>
  );
}
