import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { ImportWizard } from '../../hooks/use-import-wizard.ts';
import { FormFailure } from '../form/FormFailure.tsx';
import { FileCounts } from './FileCounts.tsx';

/** What the import wrote, and where to go next: submit the new drafts for review. */
export function ImportDoneStep({
  wizard,
  slug,
}: {
  readonly wizard: ImportWizard;
  readonly slug: string;
}) {
  const { t } = useTranslation();
  const written = wizard.outcomes.filter((o) => o.result.committed);
  return (
    <div className="import-done">
      <p className="notice" role="status">
        {t('import.doneText', { count: written.length })}
      </p>
      <FormFailure error={wizard.error} />
      {written.map(({ file, result }) => (
        <FileCounts key={file.name} name={file.name} result={result} />
      ))}
      <p>{t('import.nextText')}</p>
      <div className="form__actions">
        <Link to="/cities/$slug/data" params={{ slug }} className="button">
          {t('import.toDataEntry')}
        </Link>
        <button type="button" className="button button--quiet" onClick={wizard.restart}>
          {t('import.another')}
        </button>
      </div>
    </div>
  );
}
