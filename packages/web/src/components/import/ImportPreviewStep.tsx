import { useTranslation } from 'react-i18next';
import type { ImportWizard } from '../../hooks/use-import-wizard.ts';
import { FormFailure } from '../form/FormFailure.tsx';
import { FileCounts } from './FileCounts.tsx';
import { ImportNotes } from './ImportNotes.tsx';
import { ProblemTable } from './ProblemTable.tsx';

/**
 * What the dry run found: each file's counts, every problem (file, row, column, the text found,
 * what was expected) and notes. Confirming is possible only when no file has a problem.
 */
export function ImportPreviewStep({ wizard }: { readonly wizard: ImportWizard }) {
  const { t } = useTranslation();
  const values = wizard.outcomes.reduce((sum, o) => sum + o.result.inserted + o.result.changed, 0);
  return (
    <div className="import-preview">
      {wizard.clean ? (
        <p className="notice">{t('import.cleanText', { count: values })}</p>
      ) : (
        <div className="form-failure" role="alert">
          <p>{t('import.problemsText')}</p>
        </div>
      )}
      <FormFailure error={wizard.error} />
      {wizard.outcomes.map(({ file, result }) => (
        <section key={file.name} className="import-file">
          <FileCounts name={file.name} result={result} />
          {result.problems.length > 0 && (
            <ProblemTable problems={result.problems} total={result.problemCount} />
          )}
          <ImportNotes notes={result.notes} />
        </section>
      ))}
      <div className="form__actions">
        {wizard.clean && (
          <button type="button" className="button" onClick={wizard.confirm}>
            {t('import.confirm', { count: values })}
          </button>
        )}
        <button
          type="button"
          className={wizard.clean ? 'button button--quiet' : 'button'}
          onClick={wizard.restart}
        >
          {wizard.clean ? t('import.back') : t('import.chooseAgain')}
        </button>
      </div>
    </div>
  );
}
