import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AwarenessPoint } from '../../api/capacity-types.ts';
import { useCopy } from '../../hooks/use-copy.ts';
import { codeListText, codeSheet } from '../../lib/code-sheet.ts';

/**
 * Codes just generated, shown this once: a warning, print and copy actions, a list to copy
 * into a mail merge, and a sheet of cards (code and public link) that prints on its own.
 */
export function CodeSheet({
  survey,
  codes,
  onDone,
}: {
  readonly survey: AwarenessPoint;
  readonly codes: readonly string[];
  readonly onDone: () => void;
}) {
  const { t } = useTranslation();
  const { state, copy } = useCopy();
  const entries = useMemo(
    () => codeSheet(window.location.origin, survey.surveyId, codes),
    [survey.surveyId, codes],
  );
  const text = codeListText(entries, [t('surveyAdmin.sheetCode'), t('surveyAdmin.sheetLink')]);
  return (
    <>
      <div className="no-print">
        <p className="form-failure" role="alert">
          {t('surveyAdmin.shownOnce', { count: codes.length })}
        </p>
        <div className="form__actions">
          <button type="button" className="button" onClick={() => window.print()}>
            {t('surveyAdmin.print')}
          </button>
          <button type="button" className="button button--quiet" onClick={() => copy(text)}>
            {t('surveyAdmin.copy')}
          </button>
          <span role="status" className={state === 'copied' ? 'form__saved' : 'field__error'}>
            {state === 'copied' && t('surveyAdmin.copied')}
            {state === 'failed' && t('surveyAdmin.copyFailed')}
          </span>
          <button type="button" className="button button--quiet" onClick={onDone}>
            {t('surveyAdmin.done')}
          </button>
        </div>
        <label htmlFor="code-list" className="code-list__label">
          {t('surveyAdmin.listLabel')}
        </label>
        <textarea
          id="code-list"
          className="code-list"
          readOnly
          rows={Math.min(12, entries.length + 1)}
          value={text}
          onFocus={(event) => event.currentTarget.select()}
        />
      </div>
      <ol className="code-sheet" aria-label={t('surveyAdmin.sheetLabel')}>
        {entries.map((entry) => (
          <li key={entry.code} className="code-card">
            <p className="code-card__title">{survey.title}</p>
            <p className="code-card__code">{entry.code}</p>
            <p className="code-card__how">{t('surveyAdmin.cardHow')}</p>
            <p className="code-card__link">{entry.link}</p>
          </li>
        ))}
      </ol>
    </>
  );
}
