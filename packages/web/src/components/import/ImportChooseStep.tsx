import { useId, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { templateUrl } from '../../api/data-files.api.ts';
import type { ImportFormat } from '../../api/observation-types.ts';
import type { ImportWizard } from '../../hooks/use-import-wizard.ts';
import { FormFailure } from '../form/FormFailure.tsx';
import { FieldErrors, TextField } from '../form/TextField.tsx';

const formats: readonly ImportFormat[] = ['auto', 'csv', 'xlsx', 'open-sdg', 'sdmx-csv'];

/** Choose files, their format (found out by default) and the indicator for files without one. */
export function ImportChooseStep({ wizard }: { readonly wizard: ImportWizard }) {
  const { t } = useTranslation();
  const id = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    wizard.check();
  };
  return (
    <div className="import-choose">
      <form className="form" onSubmit={submit} noValidate>
        <FormFailure error={wizard.error} texts={{ invalid: t('import.fileRefused') }} />
        <div className="field">
          <label htmlFor={`${id}-files`}>{t('import.files')}</label>
          <span id={`${id}-hint`} className="field__hint">
            {t('import.filesHint')}
          </span>
          <input
            id={`${id}-files`}
            type="file"
            multiple
            accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-describedby={`${id}-hint${wizard.filesMissing ? ` ${id}-missing` : ''}`}
            aria-invalid={wizard.filesMissing || undefined}
            onChange={(event) => wizard.setFiles([...(event.target.files ?? [])])}
          />
          <FieldErrors
            id={`${id}-missing`}
            errors={wizard.filesMissing ? [t('import.filesMissing')] : []}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-format`}>{t('import.format')}</label>
          <select
            id={`${id}-format`}
            value={wizard.format}
            aria-describedby={`${id}-format-hint`}
            onChange={(event) => wizard.setFormat(event.target.value as ImportFormat)}
          >
            {formats.map((format) => (
              <option key={format} value={format}>
                {t(`import.formats.${format}`)}
              </option>
            ))}
          </select>
          <span id={`${id}-format-hint`} className="field__hint">
            {t(`import.formatHints.${wizard.format}`)}
          </span>
        </div>
        <TextField
          label={t('import.indicator')}
          hint={t('import.indicatorHint')}
          autoComplete="off"
          value={wizard.indicator}
          onChange={(event) => wizard.setIndicator(event.target.value)}
          errors={wizard.indicatorInvalid ? [t('import.indicatorInvalid')] : []}
        />
        <div className="form__actions">
          <button type="submit" className="button">
            {t('import.check', { count: wizard.files.length })}
          </button>
        </div>
      </form>
      <aside className="import-templates" aria-labelledby={`${id}-templates`}>
        <h2 id={`${id}-templates`}>{t('import.templatesTitle')}</h2>
        <p>{t('import.templatesText')}</p>
        <ul>
          <li>
            <a href={templateUrl('csv')} download>
              {t('import.templateCsv')}
            </a>
          </li>
          <li>
            <a href={templateUrl('xlsx')} download>
              {t('import.templateXlsx')}
            </a>
          </li>
        </ul>
      </aside>
    </div>
  );
}
