import { PROJECT_STATUSES, PROJECT_THEMES } from '@frontrunner/domain';
import { useTranslation } from 'react-i18next';
import type { ProjectFormState } from '../../hooks/use-project-form.ts';
import { errorsUnder } from '../../lib/field-errors.ts';
import { FormFailure } from '../form/FormFailure.tsx';
import { FieldErrors, TextField } from '../form/TextField.tsx';
import { ProjectRows } from './ProjectRows.tsx';

/** The plan-a-project form; the API's messages show next to the fields they are about. */
export function ProjectForm({ form }: { readonly form: ProjectFormState }) {
  const { t } = useTranslation();
  const { draft, update, errors } = form;
  const under = (field: string) => errorsUnder(errors, field);
  return (
    <form
      className="project-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        form.submit();
      }}
    >
      <TextField
        label={t('projects.form.title')}
        value={draft.title}
        required
        maxLength={300}
        onChange={(event) => update({ title: event.target.value })}
        errors={under('title')}
      />
      <div className="field">
        <label htmlFor="project-summary">{t('projects.form.summary')}</label>
        <textarea
          id="project-summary"
          rows={3}
          maxLength={1000}
          value={draft.summary}
          aria-invalid={under('summary').length > 0 || undefined}
          onChange={(event) => update({ summary: event.target.value })}
        />
        <FieldErrors errors={under('summary')} />
      </div>
      <div className="field">
        <label htmlFor="project-description">{t('projects.form.description')}</label>
        <span className="field__hint" id="project-description-hint">
          {t('projects.form.descriptionHint')}
        </span>
        <textarea
          id="project-description"
          rows={6}
          value={draft.description}
          aria-describedby="project-description-hint"
          onChange={(event) => update({ description: event.target.value })}
        />
        <FieldErrors errors={under('description')} />
      </div>
      <div className="field">
        <label htmlFor="project-status">{t('projects.status')}</label>
        <select
          id="project-status"
          value={draft.status}
          onChange={(event) =>
            update({ status: PROJECT_STATUSES.find((s) => s === event.target.value) ?? 'planned' })
          }
        >
          {PROJECT_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`projects.statuses.${status}`)}
            </option>
          ))}
        </select>
        <FieldErrors errors={under('status')} />
      </div>
      <fieldset className="project-form__themes">
        <legend>{t('projects.facts.themes')}</legend>
        {PROJECT_THEMES.map((theme) => (
          <label key={theme} className="checkbox">
            <input
              type="checkbox"
              checked={draft.themes.includes(theme)}
              onChange={(event) =>
                update({
                  themes: event.target.checked
                    ? [...draft.themes, theme]
                    : draft.themes.filter((th) => th !== theme),
                })
              }
            />{' '}
            {t(`projects.themes.${theme}`)}
          </label>
        ))}
      </fieldset>
      <div className="project-form__row">
        <TextField
          label={t('projects.form.startDate')}
          type="date"
          value={draft.startDate}
          onChange={(event) => update({ startDate: event.target.value })}
          errors={under('startDate')}
        />
        <TextField
          label={t('projects.form.endDate')}
          type="date"
          value={draft.endDate}
          onChange={(event) => update({ endDate: event.target.value })}
          errors={under('endDate')}
        />
      </div>
      <div className="project-form__row">
        <TextField
          label={t('projects.facts.budget')}
          inputMode="decimal"
          value={draft.budget}
          onChange={(event) => update({ budget: event.target.value })}
          errors={under('budget')}
        />
        <TextField
          label={t('projects.form.currency')}
          hint={t('projects.form.currencyHint')}
          maxLength={3}
          value={draft.currency}
          onChange={(event) => update({ currency: event.target.value })}
          errors={under('currency')}
        />
      </div>
      <ProjectRows draft={draft} update={update} errors={errors} />
      <div className="project-form__row">
        <TextField
          label={t('projects.form.latitude')}
          inputMode="decimal"
          value={draft.latitude}
          onChange={(event) => update({ latitude: event.target.value })}
          errors={under('latitude')}
        />
        <TextField
          label={t('projects.form.longitude')}
          inputMode="decimal"
          value={draft.longitude}
          onChange={(event) => update({ longitude: event.target.value })}
          errors={under('longitude')}
        />
      </div>
      <FormFailure error={form.error} texts={{ invalid: t('failure.checkFields') }} />
      <button type="submit" className="button" disabled={form.pending}>
        {t('projects.form.submit')}
      </button>
    </form>
  );
}
